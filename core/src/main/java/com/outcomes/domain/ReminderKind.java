package com.outcomes.domain;

/** The reminders the job sends a metric's owner (DESIGN §3b). */
public enum ReminderKind {
    /** The metric will be due within two days (metrics measured by hand only). */
    DUE,
    /** The due date has passed: "not measured for N days — running blind". */
    STALE,
    /** A computed metric's count failed (at most one a day). */
    COMPUTE_FAILED
}
