package com.outcomes.preview.work;

/**
 * How a Jira site names what the preview reads: the custom fields holding the epic link and the sprints, and
 * the name of its epic issue type. Field ids differ per site ({@code customfield_10281}, {@code customfield_10104}…),
 * so each id remembers where it came from: a default is only a guess (a value it cannot read is skipped with a
 * warning), while an id named by a flag or found in Jira's field list is trusted (a value it cannot read stops the
 * start, naming the issue).
 *
 * @param epicType the name of the site's epic issue type ("Epic", a French "Épopée"…), compared ignoring case
 */
public record IssueFieldNames(String epicLinkField, String sprintField, String epicType,
                              Origin epicLinkFieldOrigin, Origin sprintFieldOrigin) {

    public static final String DEFAULT_EPIC_LINK_FIELD = "customfield_10014";
    public static final String DEFAULT_SPRINT_FIELD = "customfield_10020";
    public static final String DEFAULT_EPIC_TYPE = "Epic";

    /** Where a field id came from. */
    public enum Origin {
        DEFAULT("default"),
        FLAG("given on the command line"),
        JIRA("found in /rest/api/2/field");

        private final String description;

        Origin(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public IssueFieldNames {
        if (epicLinkField == null || epicLinkField.isBlank()) {
            epicLinkField = DEFAULT_EPIC_LINK_FIELD;
            epicLinkFieldOrigin = Origin.DEFAULT;
        }
        if (sprintField == null || sprintField.isBlank()) {
            sprintField = DEFAULT_SPRINT_FIELD;
            sprintFieldOrigin = Origin.DEFAULT;
        }
        epicType = epicType == null || epicType.isBlank() ? DEFAULT_EPIC_TYPE : epicType.strip();
    }

    /** Both fields named explicitly (as by the flags), epic type "Epic". */
    public IssueFieldNames(String epicLinkField, String sprintField) {
        this(epicLinkField, sprintField, DEFAULT_EPIC_TYPE, Origin.FLAG, Origin.FLAG);
    }

    public static IssueFieldNames defaults() {
        return new IssueFieldNames(null, null, null, Origin.DEFAULT, Origin.DEFAULT);
    }

    /** From the command line: a null or blank flag means "not given" (the default, or what Jira's field list says). */
    public static IssueFieldNames fromFlags(String epicLinkField, String sprintField, String epicType) {
        return new IssueFieldNames(epicLinkField, sprintField, epicType, Origin.FLAG, Origin.FLAG);
    }

    /** These names with the fields Jira's field list names (null = none found) in place of the defaults. */
    IssueFieldNames withFound(String foundEpicLinkField, String foundSprintField) {
        boolean epicFound = epicLinkFieldOrigin == Origin.DEFAULT && foundEpicLinkField != null;
        boolean sprintFound = sprintFieldOrigin == Origin.DEFAULT && foundSprintField != null;
        return new IssueFieldNames(epicFound ? foundEpicLinkField : epicLinkField, sprintFound ? foundSprintField : sprintField,
                epicType, epicFound ? Origin.JIRA : epicLinkFieldOrigin, sprintFound ? Origin.JIRA : sprintFieldOrigin);
    }

    /** Whether an issue type name is the site's epic type. */
    boolean isEpicType(String issueType) {
        return epicType.equalsIgnoreCase(issueType);
    }
}
