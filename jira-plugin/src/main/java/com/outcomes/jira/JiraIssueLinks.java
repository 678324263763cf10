package com.outcomes.jira;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.outcomes.port.IssueLinks;

/**
 * Absolute issue links for reminder mails: Jira's canonical base URL (the one an administrator configured, not the
 * host name of whichever node or request happens to run the job) plus {@code /browse/KEY}. Read on each call, so a
 * changed base URL applies at once on every node.
 */
@Named
public final class JiraIssueLinks implements IssueLinks {

    private final ApplicationProperties applicationProperties;

    @Inject
    public JiraIssueLinks(@ComponentImport ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String issueUrl(String issueKey) {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        if (base == null) {
            base = "";
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/browse/" + issueKey;
    }
}
