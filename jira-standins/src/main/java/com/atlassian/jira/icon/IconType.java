package com.atlassian.jira.icon;

// Not in JIRA-PLATFORM.md; docs.atlassian.com/jira/latest IconType javadoc (final class with the constants
// ISSUE_TYPE_ICON_TYPE, PROJECT_ICON_TYPE, USER_ICON_TYPE). Only the issue-type constant is used.
public final class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {
    }
}
