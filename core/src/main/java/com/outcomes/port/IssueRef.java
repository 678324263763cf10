package com.outcomes.port;

/** A Jira issue as core needs to see it. {@code issueType} is the type's name ("Outcome", "Challenge", "Epic", …). */
public record IssueRef(String key, String summary, String projectKey, String issueType) {

    public static final String CHALLENGE = "Challenge";
    public static final String OUTCOME = "Outcome";
    public static final String EPIC = "Epic";

    public boolean isOfType(String typeName) {
        return typeName.equalsIgnoreCase(issueType);
    }
}
