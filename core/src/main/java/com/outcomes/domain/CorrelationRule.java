package com.outcomes.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Does a leading indicator predict its outcome? Pearson r between the two weekly series, with the
 * outcome shifted 0..8 weeks later (DESIGN §3).
 */
public final class CorrelationRule {

    public static final int MAX_LAG_WEEKS = 8;
    public static final int MIN_PAIRS = 6;

    private CorrelationRule() {
    }

    /**
     * Weekly last-value series: a week is an ISO week (Monday start), its value is the last effective
     * reading measured in it; weeks without readings are absent, never interpolated. Only readings on
     * or before asOf count. Leading week w pairs with outcome week w + lag for lag 0..8; a lag needs at
     * least 6 pairs and variance on both sides. The best lag has the largest |r| (ties: the smaller
     * lag). No usable lag → {@link Correlation#insufficient()}.
     */
    public static Correlation of(ReadingHistory leading, ReadingHistory outcome, LocalDate asOf) {
        WeeklySeries lead = WeeklySeries.of(leading.asOf(asOf));
        WeeklySeries out = WeeklySeries.of(outcome.asOf(asOf));
        double[] xs = new double[lead.size()];
        double[] ys = new double[lead.size()];
        Correlation best = null;
        for (int lag = 0; lag <= MAX_LAG_WEEKS; lag++) {
            int pairs = lead.pairWith(out, lag, xs, ys);
            if (pairs < MIN_PAIRS) {
                continue;
            }
            Double r = pearson(xs, ys, pairs);
            if (r != null && (best == null || Math.abs(r) > Math.abs(best.r()))) {
                best = Correlation.of(r, lag, pairs);
            }
        }
        return best == null ? Correlation.insufficient() : best;
    }

    /** Monday of each week → the value of the last effective reading measured in it, oldest week first. */
    static Map<LocalDate, Double> weekly(ReadingHistory h) {
        WeeklySeries series = WeeklySeries.of(h);
        Map<LocalDate, Double> weeks = new LinkedHashMap<>();
        for (int i = 0; i < series.size; i++) {
            weeks.put(LocalDate.ofEpochDay(series.mondays[i]), series.values[i]);
        }
        return weeks;
    }

    /**
     * Monday of each week (as an epoch day, ascending) → the value of the last effective reading measured in
     * that week. Arrays, not a map: every leading indicator on a dashboard is paired nine times.
     */
    private static final class WeeklySeries {

        private final long[] mondays;
        private final double[] values;
        private final int size;

        private WeeklySeries(long[] mondays, double[] values, int size) {
            this.mondays = mondays;
            this.values = values;
            this.size = size;
        }

        int size() {
            return size;
        }

        static WeeklySeries of(ReadingHistory h) {
            List<ReadingPoint> effective = h.effective();
            long[] mondays = new long[effective.size()];
            double[] values = new double[effective.size()];
            int size = 0;
            // effective() is chronological, so later readings of a week overwrite earlier ones
            for (ReadingPoint r : effective) {
                long monday = r.measuredAt().toEpochDay() - (r.measuredAt().getDayOfWeek().getValue() - 1);
                if (size == 0 || mondays[size - 1] != monday) {
                    size++;
                }
                mondays[size - 1] = monday;
                values[size - 1] = r.value();
            }
            return new WeeklySeries(mondays, values, size);
        }

        /** Fills xs/ys with (this week w, other week w + lag) pairs in week order; returns how many. */
        int pairWith(WeeklySeries other, int lagWeeks, double[] xs, double[] ys) {
            int pairs = 0;
            int j = 0;
            for (int i = 0; i < size; i++) {
                long later = mondays[i] + 7L * lagWeeks;
                while (j < other.size && other.mondays[j] < later) {
                    j++;
                }
                if (j < other.size && other.mondays[j] == later) {
                    xs[pairs] = values[i];
                    ys[pairs] = other.values[j];
                    pairs++;
                }
            }
            return pairs;
        }
    }

    /** Pearson r of the first n (x, y) pairs; null when either side has no variance. */
    static Double pearson(double[] xs, double[] ys, int n) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += xs[i];
            meanY += ys[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs[i] - meanX;
            double dy = ys[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        // rounding can push |r| a hair past 1 for perfectly linear series
        return Progress.clamp(sxy / Math.sqrt(sxx * syy), -1, 1);
    }
}
