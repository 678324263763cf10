package com.outcomes.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far a metric has moved from baseline to target, and how far it should have by a day (DESIGN §3). */
public final class Progress {

    /**
     * Tolerance for comparisons at rule boundaries: progress and expected are ratios of doubles, so a
     * value that is exactly on a boundary in decimal (0.4 against 0.5 − 0.10) may land a few ulps off.
     */
    public static final double EPSILON = 1e-9;

    private Progress() {
    }

    /**
     * (value − baseline) / (target − baseline). Works for decreasing metrics (churn 8% → 4% at 6% is
     * 0.5); not clamped, so overshoot is above 1 and going the wrong way is below 0.
     *
     * @throws IllegalArgumentException when the metric has no baseline→target span (guardrails)
     */
    public static double of(MetricDefinition m, double value) {
        if (!hasSpan(m)) {
            throw new IllegalArgumentException("metric has no baseline→target span: " + m);
        }
        return (value - m.baseline()) / (m.target() - m.baseline());
    }

    /**
     * clamp((asOf − startDate) / (targetDate − startDate), 0, 1) in whole calendar days, so Feb 29
     * counts as a day like any other.
     *
     * @throws IllegalArgumentException when the metric lacks dates or they span no days
     */
    public static double expected(MetricDefinition m, LocalDate asOf) {
        if (!hasDates(m)) {
            throw new IllegalArgumentException("metric has no start→target date span: " + m);
        }
        long total = ChronoUnit.DAYS.between(m.startDate(), m.targetDate());
        long elapsed = ChronoUnit.DAYS.between(m.startDate(), asOf);
        return clamp((double) elapsed / total, 0, 1);
    }

    /** Progress of the latest effective reading measured on or before {@code day}; null if none or no span. */
    public static Double on(MetricDefinition m, ReadingHistory h, LocalDate day) {
        if (!hasSpan(m)) {
            return null;
        }
        return h.current(day).map(r -> of(m, r.value())).orElse(null);
    }

    /** True when baseline and target are set, finite and different, so progress is defined. */
    public static boolean hasSpan(MetricDefinition m) {
        return m != null && m.kind() != MetricKind.GUARDRAIL
                && m.baseline() != null && m.target() != null
                && Double.isFinite(m.baseline()) && Double.isFinite(m.target())
                && m.baseline().doubleValue() != m.target().doubleValue();
    }

    /** True when start and target dates are set and the target date is after the start date. */
    public static boolean hasDates(MetricDefinition m) {
        return m != null && m.startDate() != null && m.targetDate() != null
                && m.targetDate().isAfter(m.startDate());
    }

    /** +1 when the target is above the baseline (higher is better), −1 when below, 0 without a span. */
    public static int direction(MetricDefinition m) {
        return hasSpan(m) ? (m.target() > m.baseline() ? 1 : -1) : 0;
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
