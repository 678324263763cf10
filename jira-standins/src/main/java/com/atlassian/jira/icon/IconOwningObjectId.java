package com.atlassian.jira.icon;

import java.util.Objects;

// Not in JIRA-PLATFORM.md; no javadoc found. The String constructor as called by testit-tms/jira-plugin built against
// Jira 11.3.6 (TestCaseIssueType.java: new IconOwningObjectId(issueTypeId)). The stand-in keeps the id and compares by
// it (Object's own methods, no added API) so tests can check which object an avatar is created for.
public final class IconOwningObjectId {

    private final String id;

    public IconOwningObjectId(String id) {
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IconOwningObjectId other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "IconOwningObjectId(" + id + ")";
    }
}
