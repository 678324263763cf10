package com.atlassian.activeobjects.external;

// Checked against docs.atlassian.com activeobjects-plugin-parent-pom 2.0.1 xref (ModelVersion: static valueOf(String),
// isSame / isOlderThan(ModelVersion); real class is final and Comparable).
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
