package com.outcomes.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Where a metric stands as of a day (DESIGN §3). */
public final class StatusRule {

    /** Progress may trail expected by this much and still be on track. */
    public static final double ON_TRACK_TOLERANCE = 0.10;
    /** Progress trailing expected by up to this much is at risk; more is off track. */
    public static final double AT_RISK_TOLERANCE = 0.25;

    private StatusRule() {
    }

    /**
     * No effective reading on or before {@code asOf} → NO_DATA. Guardrails: comparator satisfied →
     * ON_TRACK, else OFF_TRACK. Others, in order: progress ≥ 1 → ACHIEVED; asOf after targetDate →
     * MISSED; progress ≥ expected − 0.10 → ON_TRACK; ≥ expected − 0.25 → AT_RISK; else OFF_TRACK.
     * Boundaries are inclusive, compared with {@link Progress#EPSILON}.
     */
    public static Status of(MetricDefinition m, ReadingHistory h, LocalDate asOf) {
        Optional<ReadingPoint> current = h.current(asOf);
        if (current.isEmpty()) {
            return Status.NO_DATA;
        }
        double value = current.get().value();
        if (m.kind() == MetricKind.GUARDRAIL) {
            if (m.comparator() == null || m.threshold() == null) {
                return Status.NO_DATA;
            }
            return m.comparator().isSatisfied(value, m.threshold()) ? Status.ON_TRACK : Status.OFF_TRACK;
        }
        if (!Progress.hasSpan(m)) {
            // an unvalidated definition: there is a value but nothing to measure it against
            return Status.NO_DATA;
        }
        double progress = Progress.of(m, value);
        if (atLeast(progress, 1)) {
            return Status.ACHIEVED;
        }
        if (m.targetDate() != null && asOf.isAfter(m.targetDate())) {
            return Status.MISSED;
        }
        double expected = Progress.hasDates(m) ? Progress.expected(m, asOf) : 0;
        if (atLeast(progress, expected - ON_TRACK_TOLERANCE)) {
            return Status.ON_TRACK;
        }
        if (atLeast(progress, expected - AT_RISK_TOLERANCE)) {
            return Status.AT_RISK;
        }
        return Status.OFF_TRACK;
    }

    private static boolean atLeast(double value, double bound) {
        return value >= bound - Progress.EPSILON;
    }
}
