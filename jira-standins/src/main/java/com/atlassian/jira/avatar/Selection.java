package com.atlassian.jira.avatar;

// Not in JIRA-PLATFORM.md; docs.atlassian.com/jira/7.0.8 Selection javadoc (@PublicApi final class,
// Selection(int topLeftX, int topLeftY, int width, int height)). Only named as a parameter type (null: no cropping).
public final class Selection {

    public Selection(int topLeftX, int topLeftY, int width, int height) {
        throw new UnsupportedOperationException("stand-in");
    }
}
