package com.outcomes.jira.panel;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.web.Condition;

/**
 * Shows a web fragment only on issues of the named types — param {@code types}, comma-separated, e.g.
 * {@code Outcome,Challenge}. Names, not ids: the installer creates the types by name and ids differ per site.
 */
public class IssueTypeCondition implements Condition {

    static final String TYPES_PARAM = "types";

    private Set<String> types = Set.of();

    @Override
    public void init(Map<String, String> params) {
        String value = params == null ? null : params.get(TYPES_PARAM);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("IssueTypeCondition needs the param '" + TYPES_PARAM + "'");
        }
        types = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get(PanelContext.ISSUE) instanceof Issue issue)) {
            return false;
        }
        IssueType type = issue.getIssueType();
        return type != null && types.contains(type.getName());
    }
}
