package com.outcomes.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One measured value of a metric. Readings are append-only: a correction is a new reading whose
 * {@code supersedes} names the one it replaces.
 */
public record Reading(
        long id,
        long metricId,
        double value,
        LocalDate measuredAt,
        Instant recordedAt,
        String recordedBy,
        String note,
        String source,
        Long supersedes) {

    /** What the rules compute from. */
    public ReadingPoint point() {
        return new ReadingPoint(id, metricId, value, measuredAt, recordedAt, supersedes);
    }
}
