package com.outcomes.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reading as the rules see it (DESIGN §3): its value, when it was measured and recorded, and what it supersedes.
 * Who recorded it, its note and its source are not part of it: dashboards read tens of thousands of these, and the
 * rules never look at those columns. The full row is a {@link Reading}.
 */
public record ReadingPoint(
        long id,
        long metricId,
        double value,
        LocalDate measuredAt,
        Instant recordedAt,
        Long supersedes) {
}
