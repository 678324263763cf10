package com.outcomes.domain;

/**
 * Least-squares projection of a metric's readings at its target date.
 *
 * @param ratePer30Days     the fitted line's slope in the metric's unit per 30 days: the pace it is moving at
 * @param requiredPer30Days the pace needed from today to reach the target ({@link RateCheck#requiredRatePer30Days});
 *                          null when no time is left or it is not known
 */
public record Forecast(double value, boolean reachesTarget, double ratePer30Days, Double requiredPer30Days) {

    public Forecast withRequired(Double required) {
        return new Forecast(value, reachesTarget, ratePer30Days, required);
    }
}
