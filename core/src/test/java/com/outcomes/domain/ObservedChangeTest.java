package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.outcome;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;

import org.junit.Test;

public class ObservedChangeTest {

    // progress = (value − 40) / 20: a reading of 50 is 50 %, 55 is 75 %
    private static final MetricDefinition SCORE = outcome(40, 60, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    public void changeRunsFromTheDayBeforeTheFirstDoneIssueTo28DaysAfterTheLast() {
        // given readings before, during and after an epic done 10 Mar .. 20 Apr
        ReadingHistory h = history(reading(1, 50, d(3, 1)), reading(2, 52, d(3, 9)), reading(3, 53, d(4, 1)),
                reading(4, 55, d(5, 18)), reading(5, 58, d(5, 19)));
        // when
        ObservedChange change = ObservedChange.of(SCORE, h, d(3, 10), d(4, 20), d(11, 1));
        // then: from 9 Mar (52 → 60 %) to 18 May (55 → 75 %); the reading of 19 May is after the window
        assertEquals(d(3, 9), change.from());
        assertEquals(d(5, 18), change.to());
        assertEquals(0.15, change.progressChange(), 1e-12);
    }

    @Test
    public void windowEndsAtAsOfWhenThat28DaysAreNotOverYet() {
        ReadingHistory h = history(reading(1, 50, d(3, 1)), reading(2, 54, d(4, 25)), reading(3, 58, d(5, 10)));
        // when asked on 30 Apr, ten days after the last done issue
        ObservedChange change = ObservedChange.of(SCORE, h, d(3, 10), d(4, 20), d(4, 30));
        // then the latest reading by 30 Apr counts
        assertEquals(d(4, 30), change.to());
        assertEquals(0.2, change.progressChange(), 1e-12);
    }

    @Test
    public void aFallingNumberGivesANegativeChange() {
        ReadingHistory h = history(reading(1, 55, d(3, 1)), reading(2, 50, d(4, 30)));
        assertEquals(-0.25, ObservedChange.of(SCORE, h, d(3, 10), d(4, 20), d(11, 1)).progressChange(), 1e-12);
    }

    @Test
    public void noReadingOnOrBeforeTheStartGivesNothing() {
        // given the first reading only after the epic started
        ReadingHistory h = history(reading(1, 50, d(3, 15)), reading(2, 55, d(5, 1)));
        assertNull(ObservedChange.of(SCORE, h, d(3, 10), d(4, 20), d(11, 1)));
    }

    @Test
    public void noReadingsAtAllOrNoDoneDatesGiveNothing() {
        assertNull(ObservedChange.of(SCORE, ReadingHistory.empty(), d(3, 10), d(4, 20), d(11, 1)));
        assertNull(ObservedChange.of(SCORE, history(reading(1, 50, d(1, 5))), null, null, d(11, 1)));
    }

    @Test
    public void aMetricWithoutProgressGivesNothing() {
        // given a baseline equal to the target: progress is undefined
        MetricDefinition flat = outcome(50, 50, d(1, 1), d(12, 31));
        assertNull(ObservedChange.of(flat, history(reading(1, 50, d(1, 5))), d(3, 10), d(4, 20), d(11, 1)));
    }
}
