package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class CorrelationRuleTest {

    /** A Monday. */
    private static final LocalDate WEEK_0 = LocalDate.of(2026, 1, 5);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    /** Irregular, so that no lag but the true one lines up. */
    private static final double[] SIGNAL = {3, 7, 1, 9, 4, 8, 2, 6, 5, 10, 1, 7, 3, 9, 2, 8};

    /** One reading per week, on the Wednesday of week (firstWeek + i). */
    private static ReadingHistory weekly(long firstId, int firstWeek, double[] values) {
        List<ReadingPoint> readings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            readings.add(reading(firstId + i, values[i], WEEK_0.plusWeeks(firstWeek + i).plusDays(2)));
        }
        return new ReadingHistory(readings);
    }

    private static double[] linear(double[] xs, double a, double b) {
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = a + b * xs[i];
        }
        return ys;
    }

    @Test
    public void outcomeFollowingThreeWeeksLaterIsFoundAtLagThree() {
        ReadingHistory leading = weekly(1, 0, SIGNAL);
        ReadingHistory outcome = weekly(100, 3, linear(SIGNAL, 5, 2));

        Correlation c = CorrelationRule.of(leading, outcome, AS_OF);

        assertEquals(Integer.valueOf(3), c.lagWeeks());
        assertEquals(1.0, c.r(), 1e-9);
        assertEquals(Integer.valueOf(SIGNAL.length), c.n());
    }

    @Test
    public void inverseRelationshipReportsNegativeR() {
        ReadingHistory leading = weekly(1, 0, SIGNAL);
        ReadingHistory outcome = weekly(100, 2, linear(SIGNAL, 50, -3));

        Correlation c = CorrelationRule.of(leading, outcome, AS_OF);

        assertEquals(Integer.valueOf(2), c.lagWeeks());
        assertEquals(-1.0, c.r(), 1e-9);
    }

    @Test
    public void sixPairedWeeksAreEnough() {
        double[] six = {3, 7, 1, 9, 4, 8};
        Correlation c = CorrelationRule.of(weekly(1, 0, six), weekly(100, 0, six), AS_OF);

        assertEquals(Integer.valueOf(6), c.n());
        assertEquals(Integer.valueOf(0), c.lagWeeks());
    }

    @Test
    public void fiveWeeksIsInsufficient() {
        double[] five = {3, 7, 1, 9, 4};

        assertTrue(CorrelationRule.of(weekly(1, 0, five), weekly(100, 0, five), AS_OF).insufficientData());
    }

    @Test
    public void noOverlapWithinEightWeeksIsInsufficient() {
        // outcome starts 9 weeks after leading ends
        ReadingHistory leading = weekly(1, 0, new double[] {1, 2, 3, 4, 5, 6});
        ReadingHistory outcome = weekly(100, 15, new double[] {1, 2, 3, 4, 5, 6});

        assertTrue(CorrelationRule.of(leading, outcome, AS_OF).insufficientData());
    }

    @Test
    public void flatSeriesHasNoCorrelation() {
        double[] flat = {5, 5, 5, 5, 5, 5, 5, 5};

        assertTrue(CorrelationRule.of(weekly(1, 0, flat), weekly(100, 0, SIGNAL), AS_OF).insufficientData());
    }

    @Test
    public void emptyHistoriesAreInsufficient() {
        assertTrue(CorrelationRule.of(ReadingHistory.empty(), ReadingHistory.empty(), AS_OF).insufficientData());
    }

    @Test
    public void readingsAfterAsOfAreIgnored() {
        ReadingHistory leading = weekly(1, 0, SIGNAL);
        ReadingHistory outcome = weekly(100, 0, SIGNAL);
        LocalDate afterFiveWeeks = WEEK_0.plusWeeks(4).plusDays(6);

        assertTrue(CorrelationRule.of(leading, outcome, afterFiveWeeks).insufficientData());
    }

    @Test
    public void weekValueIsTheLastReadingOfTheWeekAndWeeksStartOnMonday() {
        // Monday 10, Sunday 20 of the same ISO week; next Monday 30
        ReadingHistory h = history(reading(1, 10, WEEK_0), reading(2, 20, WEEK_0.plusDays(6)),
                reading(3, 30, WEEK_0.plusDays(7)));

        Map<LocalDate, Double> weeks = CorrelationRule.weekly(h);

        assertEquals(Map.of(WEEK_0, 20.0, WEEK_0.plusWeeks(1), 30.0), weeks);
        assertEquals(DayOfWeek.MONDAY, WEEK_0.getDayOfWeek());
    }

    @Test
    public void supersededReadingsDoNotShapeTheWeeklySeries() {
        ReadingHistory h = history(reading(1, 10, WEEK_0), reading(2, 99, WEEK_0.plusDays(3)),
                correction(3, 2, 11, WEEK_0.plusDays(1)));

        assertEquals(Map.of(WEEK_0, 11.0), CorrelationRule.weekly(h));
    }

    @Test
    public void tiesInAbsoluteRGoToTheSmallerLag() {
        // a strictly alternating series correlates perfectly at every even lag and inversely at every odd one
        double[] alternating = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2};

        Correlation c = CorrelationRule.of(weekly(1, 0, alternating), weekly(100, 0, alternating), AS_OF);

        assertEquals(Integer.valueOf(0), c.lagWeeks());
        assertEquals(1.0, c.r(), 1e-9);
    }

    @Test
    public void pearsonOfKnownPairs() {
        double[] xs = {1, 2, 3, 4, 5, 99};
        double[] ys = {2, 4, 5, 4, 5, 99};

        // hand-computed over the first five pairs: sxy = 6, sxx = 10, syy = 6 → r = 6 / sqrt(60)
        assertEquals(6 / Math.sqrt(60), CorrelationRule.pearson(xs, ys, 5), 1e-12);
    }
}
