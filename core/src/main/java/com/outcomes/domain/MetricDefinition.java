package com.outcomes.domain;

import java.time.LocalDate;

/**
 * What a user defines for a metric (DESIGN §3). Nullable fields are optional or kind-specific:
 * baseline/target/dates for OUTCOME, LEADING and KPI; threshold/comparator for GUARDRAIL.
 * Construct through {@link MetricValidator} to get a checked instance.
 */
public record MetricDefinition(
        MetricKind kind,
        String name,
        String unit,
        Double baseline,
        Double target,
        LocalDate startDate,
        LocalDate targetDate,
        int cadenceDays,
        Long parentMetricId,
        String source,
        Double threshold,
        GuardrailComparator comparator) {
}
