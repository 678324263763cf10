package com.outcomes.bench;

import java.util.Arrays;
import java.util.List;

/** Measured durations of one case, in milliseconds: median and 95th percentile (nearest rank). */
public record Samples(double[] millis) {

    public Samples {
        if (millis.length == 0) {
            throw new IllegalArgumentException("a case needs at least one measured run");
        }
        millis = millis.clone();
        Arrays.sort(millis);
    }

    public static Samples ofNanos(List<Long> nanos) {
        return new Samples(nanos.stream().mapToDouble(n -> n / 1_000_000.0).toArray());
    }

    public int runs() {
        return millis.length;
    }

    public double median() {
        return median(millis);
    }

    /** The median of any figures (the middle one, or the mean of the middle two), whatever their unit. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest-rank percentile: the smallest sample with at least {@code p}% of the samples at or below it. */
    public double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    public double p95() {
        return percentile(95);
    }

    public double max() {
        return millis[millis.length - 1];
    }
}
