package com.atlassian.activeobjects.external;

// JIRA-PLATFORM.md: ModelVersion named as a class; unconfirmed: from JIRA-PLATFORM.md "from memory" the factory
// valueOf(String) and isSame / isOlderThan are recalled from Atlassian's AO plugin, not listed there.
public class ModelVersion {

    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isSame(ModelVersion other) {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isOlderThan(ModelVersion other) {
        throw new UnsupportedOperationException("stand-in");
    }
}
