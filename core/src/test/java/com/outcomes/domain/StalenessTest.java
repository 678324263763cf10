package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.hundredDays;
import static com.outcomes.domain.DomainFixtures.reading;
import static com.outcomes.domain.DomainFixtures.withCadence;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class StalenessTest {

    private static final MetricDefinition WEEKLY = withCadence(hundredDays(), 7);

    @Test
    public void noReadingsIsStale() {
        assertTrue(Staleness.isStale(WEEKLY, ReadingHistory.empty(), JAN_1));
        assertNull(Staleness.daysSinceMeasured(ReadingHistory.empty(), JAN_1));
    }

    @Test
    public void measuredExactlyCadenceDaysAgoIsNotStale() {
        ReadingHistory h = history(reading(1, 5, JAN_1));

        assertFalse(Staleness.isStale(WEEKLY, h, JAN_1.plusDays(7)));
    }

    @Test
    public void measuredOneDayMoreThanCadenceAgoIsStale() {
        ReadingHistory h = history(reading(1, 5, JAN_1));

        assertTrue(Staleness.isStale(WEEKLY, h, JAN_1.plusDays(8)));
    }

    @Test
    public void daysSinceMeasuredCountsFromLatestEffectiveReading() {
        ReadingHistory h = history(reading(1, 5, JAN_1), reading(2, 6, JAN_1.plusDays(10)));

        assertEquals(Integer.valueOf(4), Staleness.daysSinceMeasured(h, JAN_1.plusDays(14)));
        assertEquals(Integer.valueOf(0), Staleness.daysSinceMeasured(h, JAN_1.plusDays(10)));
    }

    @Test
    public void daysSinceMeasuredIgnoresReadingsAfterAsOf() {
        ReadingHistory h = history(reading(1, 5, JAN_1), reading(2, 6, JAN_1.plusDays(10)));

        assertEquals(Integer.valueOf(9), Staleness.daysSinceMeasured(h, JAN_1.plusDays(9)));
        assertNull(Staleness.daysSinceMeasured(h, JAN_1.minusDays(1)));
    }

    @Test
    public void supersededLatestReadingDoesNotKeepAMetricFresh() {
        // the only recent reading was corrected by one dated earlier
        ReadingHistory h = history(reading(1, 5, JAN_1.plusDays(20)), correction(2, 1, 5, JAN_1));

        assertEquals(Integer.valueOf(20), Staleness.daysSinceMeasured(h, JAN_1.plusDays(20)));
        assertTrue(Staleness.isStale(WEEKLY, h, JAN_1.plusDays(20)));
    }
}
