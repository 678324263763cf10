package com.outcomes.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Target not grounded in history" (DESIGN §3): compares the rate a metric must move at from now
 * to reach its target with the fastest rate it has ever moved at. All rates are in the metric's own
 * unit per 30 days, signed (positive = the value goes up).
 */
public final class RateCheck {

    /** Required may be at most this many times the best historical rate. */
    public static final double GROUNDED_FACTOR = 3.0;
    private static final double DAYS_PER_PERIOD = 30.0;

    private RateCheck() {
    }

    /**
     * (target − current) / (targetDate − asOf) × 30, where current is the latest effective reading
     * on or before asOf, or the baseline when there is none yet. Null for guardrails, without
     * target/targetDate, or when asOf is on or after the target date (no time left to define a rate).
     */
    public static Double requiredRatePer30Days(MetricDefinition m, ReadingHistory h, LocalDate asOf) {
        if (!Progress.hasSpan(m) || m.targetDate() == null) {
            return null;
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, m.targetDate());
        if (daysLeft <= 0) {
            return null;
        }
        double from = h.current(asOf).map(ReadingPoint::value).orElse(m.baseline());
        return (m.target() - from) / daysLeft * DAYS_PER_PERIOD;
    }

    /**
     * The historical rates: the effective readings are reduced to one value per measuredAt date (the
     * latest recorded that day), and for each pair of consecutive dates the rate is
     * (v₂ − v₁) / (d₂ − d₁) × 30. This returns the rate with the largest magnitude, signed; null
     * with fewer than two distinct dates. Use {@link #bestHistoricalRatePer30Days(MetricDefinition,
     * ReadingHistory)} when the target's direction matters.
     */
    public static Double bestHistoricalRatePer30Days(ReadingHistory h) {
        List<Double> rates = rates(h);
        Double best = null;
        for (double rate : rates) {
            if (best == null || Math.abs(rate) > Math.abs(best)) {
                best = rate;
            }
        }
        return best;
    }

    /**
     * Like {@link #bestHistoricalRatePer30Days(ReadingHistory)}, but the best rate is the one that
     * moved furthest towards the target (the largest for a rising target, the smallest — most
     * negative — for a falling one). It may point away from the target when the metric never moved
     * its way. Null with fewer than two distinct dates or without a baseline→target span.
     */
    public static Double bestHistoricalRatePer30Days(MetricDefinition m, ReadingHistory h) {
        int direction = Progress.direction(m);
        if (direction == 0) {
            return null;
        }
        Double best = null;
        for (double rate : rates(h)) {
            if (best == null || rate * direction > best * direction) {
                best = rate;
            }
        }
        return best;
    }

    /**
     * True when the metric still has to move towards its target and the required rate (towards the
     * target) is more than 3× the best historical rate towards it — including when history never
     * moved towards the target at all. False when either rate is undefined (too few readings, no time
     * left, a guardrail) or the target is already reached. Only readings on or before asOf count.
     */
    public static boolean notGroundedInHistory(MetricDefinition m, ReadingHistory h, LocalDate asOf) {
        ReadingHistory past = h.asOf(asOf);
        Double required = requiredRatePer30Days(m, past, asOf);
        Double best = bestHistoricalRatePer30Days(m, past);
        if (required == null || best == null) {
            return false;
        }
        int direction = Progress.direction(m);
        double requiredTowards = required * direction;
        double bestTowards = best * direction;
        if (requiredTowards <= 0) {
            return false;
        }
        return requiredTowards > GROUNDED_FACTOR * bestTowards + Progress.EPSILON;
    }

    private static List<Double> rates(ReadingHistory h) {
        // effective() is chronological, so the last value put per date is the latest recorded that day
        Map<LocalDate, Double> perDate = new LinkedHashMap<>();
        for (ReadingPoint r : h.effective()) {
            perDate.put(r.measuredAt(), r.value());
        }
        List<Double> rates = new ArrayList<>();
        LocalDate previousDate = null;
        double previousValue = 0;
        for (Map.Entry<LocalDate, Double> e : perDate.entrySet()) {
            if (previousDate != null) {
                long days = ChronoUnit.DAYS.between(previousDate, e.getKey());
                rates.add((e.getValue() - previousValue) / days * DAYS_PER_PERIOD);
            }
            previousDate = e.getKey();
            previousValue = e.getValue();
        }
        return rates;
    }
}
