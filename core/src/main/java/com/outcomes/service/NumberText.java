package com.outcomes.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one number format of metric values, for sentences, panels and the dashboard alike: 41, 43.5, 12.25% or 3 days —
 * at most two decimals, "%" glued to the number, any other unit after a space; locale-neutral.
 */
public final class NumberText {

    private NumberText() {
    }

    public static String of(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        String number = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return "%".equals(unit.trim()) ? number + "%" : number + " " + unit.trim();
    }

    /** A pace per 30 days, signed: "+0.8 pts" for a percentage (points, not per cent of itself), "−2 hours" otherwise. */
    public static String rate(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        String sign = value > 0 ? "+" : value < 0 ? "\u2212" : "";
        boolean percent = unit != null && "%".equals(unit.trim());
        return sign + of(Math.abs(value), percent ? "pts" : unit);
    }
}
