package com.outcomes.port;

/** Absolute links into the host, for text that leaves the browser (reminder mails). */
public interface IssueLinks {

    /** The absolute URL of the issue's page (Jira: {@code <base URL>/browse/KEY}; the preview: its issue page). */
    String issueUrl(String issueKey);
}
