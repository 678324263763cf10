package com.outcomes.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dashboard signal "output without outcome" (DESIGN §3): the team finished plenty of work in the
 * window but the outcome metric did not move.
 */
public final class OutputWithoutOutcome {

    /** At least this many issues done in the linked epics within the window. */
    public static final int MIN_DONE = 10;
    /** Progress must have moved less than this between the window's first day and asOf. */
    public static final double MIN_MOVEMENT = 0.05;

    private OutputWithoutOutcome() {
    }

    /**
     * True when doneInWindow ≥ 10 and |progress(asOf) − progress(windowStart)| &lt; 0.05. Progress on a
     * day comes from the latest effective reading on or before it; for the window start, if no
     * reading is that old, from the first effective reading inside the window (windowStart..asOf).
     * False when the metric has no reading by asOf, has no baseline→target span, or the start
     * progress cannot be determined. Movement of exactly 0.05 does not fire.
     */
    public static boolean fires(MetricDefinition outcomeMetric, ReadingHistory h, int doneInWindow,
                                LocalDate windowStart, LocalDate asOf) {
        return check(outcomeMetric, h, doneInWindow, windowStart, asOf).reason() == Reason.FIRES;
    }

    /** Why the signal is shown or not: the dashboard says so rather than leaving an absent signal unexplained. */
    public enum Reason {
        /** Output without outcome: shown. */
        FIRES,
        /** Fewer than {@link #MIN_DONE} issues done in the window: too little output to judge. */
        TOO_LITTLE_OUTPUT,
        /** The outcome metric has no baseline→target span. */
        NO_SPAN,
        /** No reading by asOf, or none to compare the window's start with. */
        NO_READINGS,
        /** Progress moved at least {@link #MIN_MOVEMENT}: the outcome is moving. */
        OUTCOME_MOVED
    }

    /** The verdict with the numbers behind it; {@code movement} (progress, absolute) is null unless both ends exist. */
    public record Check(Reason reason, int doneInWindow, Double movement) {
    }

    /** Same rule as {@link #fires}, with the reason when it does not fire. */
    public static Check check(MetricDefinition outcomeMetric, ReadingHistory h, int doneInWindow,
                              LocalDate windowStart, LocalDate asOf) {
        if (doneInWindow < MIN_DONE) {
            return new Check(Reason.TOO_LITTLE_OUTPUT, doneInWindow, null);
        }
        if (!Progress.hasSpan(outcomeMetric)) {
            return new Check(Reason.NO_SPAN, doneInWindow, null);
        }
        ReadingHistory past = h.asOf(asOf);
        Optional<ReadingPoint> end = past.current(asOf);
        if (end.isEmpty()) {
            return new Check(Reason.NO_READINGS, doneInWindow, null);
        }
        Optional<ReadingPoint> start = past.current(windowStart);
        if (start.isEmpty()) {
            start = past.effective().stream().filter(r -> !r.measuredAt().isBefore(windowStart)).findFirst();
        }
        if (start.isEmpty()) {
            return new Check(Reason.NO_READINGS, doneInWindow, null);
        }
        double movement = Math.abs(Progress.of(outcomeMetric, end.get().value())
                - Progress.of(outcomeMetric, start.get().value()));
        return new Check(movement < MIN_MOVEMENT - Progress.EPSILON ? Reason.FIRES : Reason.OUTCOME_MOVED,
                doneInWindow, movement);
    }
}
