package com.outcomes.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Builders for domain tests: metric definitions and readings with readable defaults. */
final class DomainFixtures {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private DomainFixtures() {
    }

    static MetricDefinition outcome(double baseline, double target, LocalDate start, LocalDate targetDate) {
        return targeted(MetricKind.OUTCOME, baseline, target, start, targetDate);
    }

    static MetricDefinition targeted(MetricKind kind, double baseline, double target, LocalDate start,
                                     LocalDate targetDate) {
        return new MetricDefinition(kind, "Setup completion", "%", baseline, target, start, targetDate, 30,
                null, null, null, null);
    }

    /** Baseline 0 → target 100 over 2026-01-01 .. 2026-04-11 (100 days): progress = value / 100. */
    static MetricDefinition hundredDays() {
        return outcome(0, 100, JAN_1, JAN_1.plusDays(100));
    }

    static MetricDefinition guardrail(double threshold, GuardrailComparator comparator) {
        return new MetricDefinition(MetricKind.GUARDRAIL, "Support tickets per 100 users", null, null, null,
                null, null, 7, null, null, threshold, comparator);
    }

    static MetricDefinition withCadence(MetricDefinition m, int cadenceDays) {
        return new MetricDefinition(m.kind(), m.name(), m.unit(), m.baseline(), m.target(), m.startDate(),
                m.targetDate(), cadenceDays, m.parentMetricId(), m.source(), m.threshold(), m.comparator());
    }

    static ReadingPoint reading(long id, double value, LocalDate measuredAt) {
        return new ReadingPoint(id, 1, value, measuredAt, measuredAt.atTime(12, 0).toInstant(ZoneOffset.UTC), null);
    }

    static ReadingPoint recordedAt(long id, double value, LocalDate measuredAt, int hour) {
        return new ReadingPoint(id, 1, value, measuredAt, measuredAt.atTime(hour, 0).toInstant(ZoneOffset.UTC), null);
    }

    static ReadingPoint correction(long id, long supersedes, double value, LocalDate measuredAt) {
        return new ReadingPoint(id, 1, value, measuredAt, measuredAt.atTime(18, 0).toInstant(ZoneOffset.UTC),
                supersedes);
    }

    static ReadingHistory history(ReadingPoint... readings) {
        return new ReadingHistory(Arrays.asList(readings));
    }
}
