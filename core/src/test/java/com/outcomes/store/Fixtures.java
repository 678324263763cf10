package com.outcomes.store;

import java.time.Instant;
import java.time.LocalDate;

import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;

/** Sample values for store tests. */
final class Fixtures {

    static final Instant RECORDED_AT = Instant.parse("2025-03-04T10:15:30.123Z");

    private Fixtures() {
    }

    static MetricDefinition outcome(String name) {
        return new MetricDefinition(MetricKind.OUTCOME, name, "%", 10.0, 20.0,
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), 30, null, "market survey", null, null);
    }

    static MetricDefinition guardrail(String name) {
        return new MetricDefinition(MetricKind.GUARDRAIL, name, null, null, null, null, null, 7, null, null,
                5.0, GuardrailComparator.AT_MOST);
    }

    static NewReading reading(double value, String measuredAt) {
        return new NewReading(value, LocalDate.parse(measuredAt), null, null, null);
    }

    static NewReading correction(double value, String measuredAt, long supersedes) {
        return new NewReading(value, LocalDate.parse(measuredAt), "corrected", null, supersedes);
    }
}
