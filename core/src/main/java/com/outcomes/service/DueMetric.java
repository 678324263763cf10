package com.outcomes.service;

import java.time.LocalDate;

/**
 * One line of "My metrics" (DESIGN §3b): a metric of the caller's, evaluated, with its outcome's summary ("" when the
 * host does not know it), when it is due, how many days it is overdue (0 when not yet) and whether it is stale.
 */
public record DueMetric(MetricView view, String summary, LocalDate dueDate, int daysOverdue, boolean stale) {
}
