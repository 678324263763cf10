package com.outcomes.domain;

import java.time.LocalDate;

/**
 * What makes a reminder "the same one" cluster-wide (DESIGN §3b): one per (metric, kind, due date); a
 * COMPUTE_FAILED reminder is keyed by the day it failed instead, so a failing JQL is reported at most once a day.
 * {@link #value()} is stored in a unique column: the database, not a node's memory, refuses the second one.
 */
public record ReminderKey(long metricId, ReminderKind kind, LocalDate day) {

    /** @param dueDate the metric's due date; {@code asOf} the day the job runs for */
    public static ReminderKey of(long metricId, ReminderKind kind, LocalDate dueDate, LocalDate asOf) {
        return new ReminderKey(metricId, kind, kind == ReminderKind.COMPUTE_FAILED ? asOf : dueDate);
    }

    /** {@code 42/STALE/2026-11-30}: the unique claim. */
    public String value() {
        return metricId + "/" + kind.name() + "/" + day;
    }
}
