package com.outcomes.domain;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

public class ForecastShortTest {

    private static MetricEvaluation evaluation(Status status, Forecast forecast) {
        return new MetricEvaluation(LocalDate.of(2026, 11, 1), 18.0, LocalDate.of(2026, 10, 30), 0.8, 0.85, status, false, 2,
                0.8, forecast, null, LocalDate.of(2026, 11, 29));
    }

    @Test
    public void onTrackWithAForecastFallingShortFires() {
        assertTrue(ForecastShort.applies(evaluation(Status.ON_TRACK, new Forecast(18.96, false, 0.6, 0.8))));
    }

    @Test
    public void atRiskWithAForecastFallingShortFires() {
        assertTrue(ForecastShort.applies(evaluation(Status.AT_RISK, new Forecast(18.96, false, 0.6, 0.8))));
    }

    @Test
    public void offTrackDoesNotFireBecauseTheStatusAlreadySaysSo() {
        assertFalse(ForecastShort.applies(evaluation(Status.OFF_TRACK, new Forecast(18.96, false, 0.6, 0.8))));
    }

    @Test
    public void aForecastReachingTheTargetOrNoForecastDoesNotFire() {
        assertFalse(ForecastShort.applies(evaluation(Status.ON_TRACK, new Forecast(21, true, 1.2, 0.8))));
        assertFalse(ForecastShort.applies(evaluation(Status.ON_TRACK, null)));
    }
}
