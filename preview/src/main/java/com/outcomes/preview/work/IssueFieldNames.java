package com.outcomes.preview.work;

/**
 * Which custom fields of the Jira instance hold the epic link and the sprints. The defaults are the
 * ids Jira Software usually gives them; sites differ, hence the {@code --epic-link-field} and
 * {@code --sprint-field} flags.
 */
public record IssueFieldNames(String epicLinkField, String sprintField) {

    public static final String DEFAULT_EPIC_LINK_FIELD = "customfield_10014";
    public static final String DEFAULT_SPRINT_FIELD = "customfield_10020";

    public static IssueFieldNames defaults() {
        return new IssueFieldNames(DEFAULT_EPIC_LINK_FIELD, DEFAULT_SPRINT_FIELD);
    }

    public IssueFieldNames {
        epicLinkField = epicLinkField == null || epicLinkField.isBlank() ? DEFAULT_EPIC_LINK_FIELD : epicLinkField;
        sprintField = sprintField == null || sprintField.isBlank() ? DEFAULT_SPRINT_FIELD : sprintField;
    }
}
