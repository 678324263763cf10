package com.atlassian.scheduler.config;

import java.util.Objects;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (final class JobId: static JobId of(String), "a wrapper to distinguish job IDs from simple strings";
// equal by value). A value in the scheduler too, so the stand-in keeps it.
public final class JobId {

    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
