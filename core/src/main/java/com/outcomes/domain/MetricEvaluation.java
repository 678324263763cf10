package com.outcomes.domain;

import java.time.LocalDate;

/**
 * The computed fields of a metric as of one day (DESIGN §3/§5). Nullable where the rule has no
 * value: {@code current}, {@code lastMeasuredAt}, {@code progress}, {@code daysSinceMeasured},
 * {@code okrScore} without readings; {@code expected} and {@code progress} for guardrails;
 * {@code forecast} without enough readings; {@code correlation} unless a LEADING metric has a parent;
 * {@code dueDate} (§3b: latest measuredAt + cadenceDays, else startDate) for a guardrail without readings.
 */
public record MetricEvaluation(
        LocalDate asOf,
        Double current,
        LocalDate lastMeasuredAt,
        Double progress,
        Double expected,
        Status status,
        boolean stale,
        Integer daysSinceMeasured,
        Double okrScore,
        Forecast forecast,
        Correlation correlation,
        LocalDate dueDate) {
}
