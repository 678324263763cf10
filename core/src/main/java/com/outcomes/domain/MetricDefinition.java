package com.outcomes.domain;

import java.time.LocalDate;

/**
 * What a user defines for a metric (DESIGN §3). Nullable fields are optional or kind-specific:
 * baseline/target/dates for OUTCOME, LEADING and KPI; threshold/comparator for GUARDRAIL.
 * Construct through {@link MetricValidator} to get a checked instance.
 *
 * <p>{@code owner} (DESIGN §3b) is who is reminded and as whom a computed metric is counted; null only before the
 * service has defaulted it to the defining user (or, for metrics stored before owners, until the backfill found one).
 * {@code computed} is null for a metric whose values are recorded by hand or pushed.
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
        GuardrailComparator comparator,
        String owner,
        ComputedBy computed) {

    /** A definition without owner or computation (what callers before DESIGN §3b build). */
    public MetricDefinition(MetricKind kind, String name, String unit, Double baseline, Double target,
            LocalDate startDate, LocalDate targetDate, int cadenceDays, Long parentMetricId, String source,
            Double threshold, GuardrailComparator comparator) {
        this(kind, name, unit, baseline, target, startDate, targetDate, cadenceDays, parentMetricId, source, threshold,
                comparator, null, null);
    }

    public MetricDefinition withOwner(String newOwner) {
        return new MetricDefinition(kind, name, unit, baseline, target, startDate, targetDate, cadenceDays,
                parentMetricId, source, threshold, comparator, newOwner, computed);
    }

    public MetricDefinition withComputed(ComputedBy newComputed) {
        return new MetricDefinition(kind, name, unit, baseline, target, startDate, targetDate, cadenceDays,
                parentMetricId, source, threshold, comparator, owner, newComputed);
    }
}
