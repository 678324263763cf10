package com.outcomes.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The number rule of DESIGN §5: every number a user gives (values, baselines, targets, thresholds, RICE inputs) is
 * finite and within ±{@value #MAX_MAGNITUDE_TEXT}. Why the bound: Active Objects refuses doubles beyond ±3.4e38 after
 * validation has passed (a 500), and figures far beyond any business quantity only break charts and sums.
 */
public final class Numbers {

    public static final double MAX_MAGNITUDE = 1e15;
    static final String MAX_MAGNITUDE_TEXT = "1e15";

    /** Optional sign, digits with an optional fraction (or a fraction alone), optional exponent: nothing else. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /**
     * Adds the problem of a required number: missing, not a number, or beyond ±{@value #MAX_MAGNITUDE_TEXT}.
     *
     * @return true when the value is usable
     */
    public static boolean check(List<FieldError> errors, String field, Double value) {
        if (value == null) {
            errors.add(new FieldError(field, ErrorKeys.REQUIRED));
            return false;
        }
        if (Double.isNaN(value)) {
            errors.add(new FieldError(field, ErrorKeys.NOT_FINITE));
            return false;
        }
        if (!inRange(value)) {
            errors.add(new FieldError(field, ErrorKeys.MAGNITUDE, -MAX_MAGNITUDE, MAX_MAGNITUDE));
            return false;
        }
        return true;
    }

    /** Finite and within ±{@value #MAX_MAGNITUDE_TEXT}. */
    public static boolean inRange(double value) {
        return Double.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
    }

    /**
     * A number as people write it in a spreadsheet cell, or null when the text is anything else. Java's own syntax is
     * refused on purpose: {@code Double.parseDouble} also reads {@code 0x1p3}, {@code 1d}, {@code NaN} and
     * {@code Infinity}, which no CSV export means as numbers.
     */
    public static Double parsePlainDecimal(String text) {
        if (text == null || !PLAIN_DECIMAL.matcher(text).matches()) {
            return null;
        }
        return Double.parseDouble(text);
    }
}
