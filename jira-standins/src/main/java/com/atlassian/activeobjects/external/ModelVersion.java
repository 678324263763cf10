package com.atlassian.activeobjects.external;

// Checked against docs.atlassian.com activeobjects-plugin-parent-pom 2.0.1 xref (ModelVersion: static valueOf(String),
// isSame / isOlderThan(ModelVersion); real class is final and Comparable). A value in AO too: the stand-in keeps the
// version (a whole number, as upgrade tasks write them) so that tests can compare the versions tasks answer.
public class ModelVersion {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion(Integer.parseInt(version.trim()));
    }

    public boolean isSame(ModelVersion other) {
        return other != null && version == other.version;
    }

    public boolean isOlderThan(ModelVersion other) {
        return other != null && version < other.version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelVersion other && isSame(other);
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return Integer.toString(version);
    }
}
