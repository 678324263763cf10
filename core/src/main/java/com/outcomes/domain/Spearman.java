package com.outcomes.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Spearman's rank correlation ρ, the calibration of RICE impact against observed change (DESIGN §3b): Pearson's r of
 * the ranks, tied values sharing their average rank. Below {@value #MIN_PAIRS} pairs, or when either side does not
 * vary at all, there is no ρ (null) rather than a number that would look meaningful.
 */
public final class Spearman {

    public static final int MIN_PAIRS = 5;

    private Spearman() {
    }

    /** One observation: the predicted value and the observed one. */
    public record Pair(double predicted, double observed) {
    }

    public static Double rho(List<Pair> pairs) {
        int n = pairs.size();
        if (n < MIN_PAIRS) {
            return null;
        }
        double[] x = ranks(pairs.stream().mapToDouble(Pair::predicted).toArray());
        double[] y = ranks(pairs.stream().mapToDouble(Pair::observed).toArray());
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return null;
        }
        double r = covariance / Math.sqrt(varianceX * varianceY);
        return Math.max(-1, Math.min(1, r));
    }

    /** 1-based ranks; a run of equal values gets the average of the ranks it spans. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double average = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = average;
            }
            start = end + 1;
        }
        return ranks;
    }
}
