package com.outcomes.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Whether a metric is "running blind": not measured within its cadence (DESIGN §3). */
public final class Staleness {

    private Staleness() {
    }

    /** True without an effective reading on or before {@code asOf}, or when the latest is more than cadenceDays old. */
    public static boolean isStale(MetricDefinition m, ReadingHistory h, LocalDate asOf) {
        Integer days = daysSinceMeasured(h, asOf);
        return days == null || days > m.cadenceDays();
    }

    /** Whole days from the latest effective measuredAt on or before {@code asOf} to asOf; null if none. */
    public static Integer daysSinceMeasured(ReadingHistory h, LocalDate asOf) {
        return h.current(asOf)
                .map(r -> Math.toIntExact(ChronoUnit.DAYS.between(r.measuredAt(), asOf)))
                .orElse(null);
    }

    /** {@link #dueDate(MetricDefinition, ReadingHistory, LocalDate)} without knowing the day it was defined. */
    public static LocalDate dueDate(MetricDefinition m, ReadingHistory h) {
        return dueDate(m, h, null);
    }

    /**
     * When the next reading is due (DESIGN §3b): the latest effective measuredAt + cadenceDays; without a reading the
     * startDate, and for a guardrail (whose dates are optional) the day it was defined — its startDate when that day
     * is not known. {@code h} is already cut at asOf.
     */
    public static LocalDate dueDate(MetricDefinition m, ReadingHistory h, LocalDate definedOn) {
        return h.current()
                .map(r -> r.measuredAt().plusDays(m.cadenceDays()))
                .orElseGet(() -> m.kind() == MetricKind.GUARDRAIL && definedOn != null ? definedOn : m.startDate());
    }
}
