package com.outcomes.domain;

/**
 * Pearson correlation of a leading indicator with its outcome at the best lag, or
 * {@link #insufficient()} when fewer than 6 weeks pair up.
 */
public record Correlation(Double r, Integer lagWeeks, Integer n, boolean insufficientData) {

    public static Correlation of(double r, int lagWeeks, int n) {
        return new Correlation(r, lagWeeks, n, false);
    }

    public static Correlation insufficient() {
        return new Correlation(null, null, null, true);
    }
}
