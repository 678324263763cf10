package com.outcomes.domain;

import java.util.List;

/** Least-squares projection of a metric at its target date (DESIGN §3). */
public final class ForecastRule {

    public static final int MIN_READINGS = 3;
    public static final int MIN_DISTINCT_DATES = 2;

    private ForecastRule() {
    }

    /**
     * Fits value = a + b·x through the effective readings, x = measuredAt as epoch day, and evaluates
     * it at targetDate. Null for guardrails, without a target/targetDate, or with fewer than 3
     * effective readings or fewer than 2 distinct dates (no line can be fitted). The caller restricts
     * the history to the as-of day. {@code reachesTarget} is judged in the target's direction.
     */
    public static Forecast of(MetricDefinition m, ReadingHistory h) {
        if (!Progress.hasSpan(m) || m.targetDate() == null) {
            return null;
        }
        List<ReadingPoint> points = h.effective();
        if (points.size() < MIN_READINGS
                || points.stream().map(ReadingPoint::measuredAt).distinct().count() < MIN_DISTINCT_DATES) {
            return null;
        }
        // centre x on the first reading to keep the sums small and exact
        long x0 = points.get(0).measuredAt().toEpochDay();
        double meanX = 0;
        double meanY = 0;
        for (ReadingPoint r : points) {
            meanX += r.measuredAt().toEpochDay() - x0;
            meanY += r.value();
        }
        meanX /= points.size();
        meanY /= points.size();
        double sxy = 0;
        double sxx = 0;
        for (ReadingPoint r : points) {
            double dx = r.measuredAt().toEpochDay() - x0 - meanX;
            sxy += dx * (r.value() - meanY);
            sxx += dx * dx;
        }
        double slope = sxy / sxx;
        double value = meanY + slope * (m.targetDate().toEpochDay() - x0 - meanX);
        boolean reaches = Progress.of(m, value) >= 1 - Progress.EPSILON;
        return new Forecast(value, reaches, slope * 30, null);
    }
}
