package com.outcomes.jira;

import com.atlassian.jira.issue.Issue;
import com.outcomes.port.IssueRef;

/** Maps a Jira issue to the view core has of it. */
final class IssueRefs {

    private IssueRefs() {
    }

    static IssueRef of(Issue issue) {
        String projectKey = issue.getProjectObject() == null ? null : issue.getProjectObject().getKey();
        String type = issue.getIssueType() == null ? null : issue.getIssueType().getName();
        return new IssueRef(issue.getKey(), issue.getSummary(), projectKey, type);
    }

    /** As {@link #of}, and resolved when Jira has a resolution date for it (any resolution, never the status name). */
    static IssueRef withResolution(Issue issue) {
        IssueRef ref = of(issue);
        return new IssueRef(ref.key(), ref.summary(), ref.projectKey(), ref.issueType(),
                issue.getResolutionDate() != null);
    }
}
