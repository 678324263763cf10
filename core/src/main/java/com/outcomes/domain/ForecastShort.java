package com.outcomes.domain;

/**
 * Signal FORECAST_SHORT (DESIGN §5): the status says fine today while the trend says the target will be missed. Both
 * are true — the status compares progress with the calendar, the forecast extends the readings' line — so the
 * dashboard shows them as one reading instead of leaving them to contradict each other.
 */
public final class ForecastShort {

    private ForecastShort() {
    }

    /** True when the metric has a forecast that does not reach its target while its status is ON_TRACK or AT_RISK. */
    public static boolean applies(MetricEvaluation e) {
        return e != null && e.forecast() != null && !e.forecast().reachesTarget()
                && (e.status() == Status.ON_TRACK || e.status() == Status.AT_RISK);
    }
}
