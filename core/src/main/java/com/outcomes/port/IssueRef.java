package com.outcomes.port;

/**
 * A Jira issue as core needs to see it. {@code issueType} is the type's name ("Outcome", "Challenge", "Epic", …).
 * {@code resolved}: the issue has a resolution (Jira: a resolution date), answered by the host's single-issue lookup
 * ({@link WorkTracker#issue}) so an Outcome's panel can offer closing it (DESIGN §3b); false where the host does not
 * say (lists, the preview's documents).
 */
public record IssueRef(String key, String summary, String projectKey, String issueType, boolean resolved) {

    public static final String CHALLENGE = "Challenge";
    public static final String OUTCOME = "Outcome";
    public static final String EPIC = "Epic";

    /** An issue whose resolution the host does not tell. */
    public IssueRef(String key, String summary, String projectKey, String issueType) {
        this(key, summary, projectKey, issueType, false);
    }

    public boolean isOfType(String typeName) {
        return typeName.equalsIgnoreCase(issueType);
    }
}
