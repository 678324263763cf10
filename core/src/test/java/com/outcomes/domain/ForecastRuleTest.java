package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.guardrail;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.hundredDays;
import static com.outcomes.domain.DomainFixtures.outcome;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ForecastRuleTest {

    private static final MetricDefinition M = hundredDays();

    @Test
    public void straightLineIsProjectedToTargetDate() {
        // one point per day: value = day number → 100 at day 100
        ReadingHistory h = history(reading(1, 10, JAN_1.plusDays(10)), reading(2, 20, JAN_1.plusDays(20)),
                reading(3, 30, JAN_1.plusDays(30)));

        Forecast f = ForecastRule.of(M, h);

        assertEquals(100, f.value(), 1e-9);
        assertTrue(f.reachesTarget());
    }

    @Test
    public void leastSquaresFitsNoisyPoints() {
        // points (0,0) (10,12) (20,18) (30,30): slope 0.96, intercept 0.6 → 96.6 at day 100
        ReadingHistory h = history(reading(1, 0, JAN_1), reading(2, 12, JAN_1.plusDays(10)),
                reading(3, 18, JAN_1.plusDays(20)), reading(4, 30, JAN_1.plusDays(30)));

        Forecast f = ForecastRule.of(M, h);

        assertEquals(96.6, f.value(), 1e-9);
        assertFalse(f.reachesTarget());
    }

    @Test
    public void decreasingMetricReachesTargetWhenProjectionIsBelowIt() {
        MetricDefinition churn = outcome(8, 4, JAN_1, JAN_1.plusDays(100));
        ReadingHistory h = history(reading(1, 8, JAN_1), reading(2, 7, JAN_1.plusDays(20)),
                reading(3, 6, JAN_1.plusDays(40)));

        Forecast f = ForecastRule.of(churn, h);

        assertEquals(3, f.value(), 1e-9);
        assertTrue(f.reachesTarget());
    }

    @Test
    public void fewerThanThreeReadingsHasNoForecast() {
        ReadingHistory h = history(reading(1, 10, JAN_1.plusDays(10)), reading(2, 20, JAN_1.plusDays(20)));

        assertNull(ForecastRule.of(M, h));
    }

    @Test
    public void readingsAllOnOneDateHaveNoForecast() {
        ReadingHistory h = history(reading(1, 10, JAN_1), reading(2, 20, JAN_1), reading(3, 30, JAN_1));

        assertNull(ForecastRule.of(M, h));
    }

    @Test
    public void threeReadingsOverTwoDatesAreEnough() {
        ReadingHistory h = history(reading(1, 10, JAN_1.plusDays(10)), reading(2, 10, JAN_1.plusDays(10)),
                reading(3, 20, JAN_1.plusDays(20)));

        assertEquals(100, ForecastRule.of(M, h).value(), 1e-9);
    }

    @Test
    public void supersededReadingsAreLeftOut() {
        // the outlier 90 at day 20 is corrected to 20; with only the superseded left out 3 effective remain
        ReadingHistory h = history(reading(1, 10, JAN_1.plusDays(10)), reading(2, 90, JAN_1.plusDays(20)),
                correction(3, 2, 20, JAN_1.plusDays(20)), reading(4, 30, JAN_1.plusDays(30)));

        assertEquals(100, ForecastRule.of(M, h).value(), 1e-9);
    }

    @Test
    public void supersededReadingsDoNotCountTowardsTheMinimum() {
        ReadingHistory h = history(reading(1, 10, JAN_1.plusDays(10)), reading(2, 90, JAN_1.plusDays(20)),
                correction(3, 2, 20, JAN_1.plusDays(20)));

        assertNull(ForecastRule.of(M, h));
    }

    @Test
    public void guardrailHasNoForecast() {
        ReadingHistory h = history(reading(1, 1, JAN_1), reading(2, 2, JAN_1.plusDays(1)),
                reading(3, 3, JAN_1.plusDays(2)));

        assertNull(ForecastRule.of(guardrail(5, GuardrailComparator.AT_MOST), h));
    }
}
