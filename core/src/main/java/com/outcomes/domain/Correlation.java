package com.outcomes.domain;

/**
 * Pearson correlation of a leading indicator with its outcome at the best lag, or
 * {@link #insufficient()} when fewer than 6 weeks pair up.
 */
public record Correlation(Double r, Integer lagWeeks, Integer n, boolean insufficientData) {

    public static Correlation of(double r, int lagWeeks, int n) {
        return new Correlation(r, lagWeeks, n, false);
    }

    /** How closely the two move together, by |r|: STRONG from 0.7, MODERATE from 0.4, else WEAK; null without r. */
    public Strength strength() {
        if (r == null) {
            return null;
        }
        double a = Math.abs(r);
        return a >= 0.7 ? Strength.STRONG : a >= 0.4 ? Strength.MODERATE : Strength.WEAK;
    }

    public enum Strength { STRONG, MODERATE, WEAK }

    public static Correlation insufficient() {
        return new Correlation(null, null, null, true);
    }
}
