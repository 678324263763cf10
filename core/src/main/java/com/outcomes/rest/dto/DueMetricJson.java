package com.outcomes.rest.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One of the caller's metrics on {@code GET /metrics/due} (DESIGN §5): what "My metrics" shows, soonest due first —
 * the metric, its issue and summary, when it is due, days overdue (0 when not yet), whether it is stale, and what it
 * stood at.
 */
@JsonPropertyOrder({"id", "issueKey", "summary", "name", "kind", "unit", "dueDate", "daysOverdue", "stale",
        "computed", "current", "lastMeasuredAt", "daysSinceMeasured", "cadenceDays"})
public record DueMetricJson(
        long id,
        String issueKey,
        String summary,
        String name,
        String kind,
        String unit,
        LocalDate dueDate,
        int daysOverdue,
        boolean stale,
        boolean computed,
        Double current,
        LocalDate lastMeasuredAt,
        Integer daysSinceMeasured,
        int cadenceDays) {
}
