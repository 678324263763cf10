package com.outcomes.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder as stored (DESIGN §3b): to whom, about which metric, of which kind, for which due date (COMPUTE_FAILED:
 * the day the count failed), whether it was delivered and, if not, why.
 */
public record Reminder(long id, long metricId, String issueKey, String owner, ReminderKind kind, LocalDate dueDate,
                       Instant createdAt, boolean delivered, String error) {

    public ReminderKey key() {
        return new ReminderKey(metricId, kind, dueDate);
    }
}
