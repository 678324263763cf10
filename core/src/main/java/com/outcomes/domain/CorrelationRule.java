package com.outcomes.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<LocalDate, Double> lead = weekly(leading.asOf(asOf));
        Map<LocalDate, Double> out = weekly(outcome.asOf(asOf));
        Correlation best = null;
        for (int lag = 0; lag <= MAX_LAG_WEEKS; lag++) {
            List<double[]> pairs = new ArrayList<>();
            for (Map.Entry<LocalDate, Double> e : lead.entrySet()) {
                Double later = out.get(e.getKey().plusWeeks(lag));
                if (later != null) {
                    pairs.add(new double[] {e.getValue(), later});
                }
            }
            if (pairs.size() < MIN_PAIRS) {
                continue;
            }
            Double r = pearson(pairs);
            if (r != null && (best == null || Math.abs(r) > Math.abs(best.r()))) {
                best = Correlation.of(r, lag, pairs.size());
            }
        }
        return best == null ? Correlation.insufficient() : best;
    }

    /** Monday of each week → the value of the last effective reading measured in that week. */
    static Map<LocalDate, Double> weekly(ReadingHistory h) {
        Map<LocalDate, Double> weeks = new TreeMap<>();
        for (Reading r : h.effective()) {
            // effective() is chronological, so later readings of a week overwrite earlier ones
            weeks.put(r.measuredAt().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), r.value());
        }
        return weeks;
    }

    /** Pearson r of (x, y) pairs; null when either side has no variance. */
    static Double pearson(List<double[]> pairs) {
        int n = pairs.size();
        double meanX = 0;
        double meanY = 0;
        for (double[] p : pairs) {
            meanX += p[0];
            meanY += p[1];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            double dx = p[0] - meanX;
            double dy = p[1] - meanY;
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
