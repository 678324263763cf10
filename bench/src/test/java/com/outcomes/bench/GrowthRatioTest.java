package com.outcomes.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class GrowthRatioTest {

    private static DatabaseResults.GrowthPoint point(int outcomes, double... millis) {
        return new DatabaseResults.GrowthPoint(outcomes, new Samples(millis), 1, 3);
    }

    private static final List<DatabaseResults.GrowthPoint> CURVE = List.of(
            point(25, 4, 5, 6),
            point(50, 9, 10, 11),
            point(200, 30, 40, 90),
            point(1000, 150, 210, 400));

    @Test
    public void ratioIsTheLargerMedianOverTheSmallestPointsMedian() {
        // when
        GrowthRatio growth = GrowthRatio.of(CURVE, 1000).orElseThrow();

        // then
        assertEquals(25, growth.fromOutcomes());
        assertEquals(1000, growth.toOutcomes());
        assertEquals(42.0, growth.ratio(), 1e-9);
        assertEquals(40.0, growth.limit(), 1e-9);
    }

    @Test
    public void growthSlowerThanThePortfolioIsLinearOrBetter() {
        // when
        GrowthRatio growth = GrowthRatio.of(CURVE, 200).orElseThrow();

        // then: 40 / 5 = 8, the portfolio grew 8×
        assertEquals(8.0, growth.ratio(), 1e-9);
        assertTrue(growth.linearOrBetter());
    }

    @Test
    public void growthFasterThanThePortfolioIsNotLinear() {
        // when
        GrowthRatio growth = GrowthRatio.of(CURVE, 1000).orElseThrow();

        // then: 210 / 5 = 42 > 1000 / 25
        assertFalse(growth.linearOrBetter());
    }

    @Test
    public void aSizeTheCurveDoesNotHoldHasNoRatio() {
        // when
        Optional<GrowthRatio> growth = GrowthRatio.of(CURVE, 500);

        // then
        assertTrue(growth.isEmpty());
    }

    @Test
    public void theSmallestPointHasNoRatioWithItself() {
        // when
        Optional<GrowthRatio> growth = GrowthRatio.of(CURVE, 25);

        // then
        assertTrue(growth.isEmpty());
    }
}
