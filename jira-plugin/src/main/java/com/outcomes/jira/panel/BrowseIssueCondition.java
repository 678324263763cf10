package com.outcomes.jira.panel;

import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import com.outcomes.jira.JiraAccessPolicy;

/**
 * Shows a web fragment only to a logged-in user who may browse the issue — the same rule core's services
 * apply (DESIGN §4), so a panel is never shown that would then fail to load its metrics. Anonymous viewers of
 * a public issue see nothing: they would get 401 from the REST API anyway.
 */
public class BrowseIssueCondition implements Condition {

    private final JiraAccessPolicy access;

    public BrowseIssueCondition(JiraAccessPolicy access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        // no params
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get(PanelContext.ISSUE) instanceof Issue issue)) {
            return false;
        }
        return access.currentUser().map(user -> access.canView(user, issue.getKey())).orElse(false);
    }
}
