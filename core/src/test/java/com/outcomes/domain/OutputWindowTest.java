package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import org.junit.Test;

public class OutputWindowTest {

    /** A Thursday: the window of 3 weeks runs Monday 2026-11-02 .. Thursday 2026-11-19. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    private static final OutputWindow THREE_WEEKS = OutputWindow.ending(THURSDAY, 3);

    @Test
    public void windowStartsOnTheMondayWeeksMinusOneBeforeAsOfsWeek() {
        assertEquals(LocalDate.of(2026, 11, 2), THREE_WEEKS.start());
        assertEquals(THURSDAY, THREE_WEEKS.end());
    }

    @Test
    public void firstMondayIsWeekZeroAndTheSundayAfterIsStillWeekZero() {
        assertEquals(0, THREE_WEEKS.weekOf(LocalDate.of(2026, 11, 2)));
        assertEquals(0, THREE_WEEKS.weekOf(LocalDate.of(2026, 11, 8)));
        assertEquals(1, THREE_WEEKS.weekOf(LocalDate.of(2026, 11, 9)));
    }

    @Test
    public void asOfItselfIsInTheLastWeek() {
        assertEquals(2, THREE_WEEKS.weekOf(THURSDAY));
    }

    @Test
    public void daysOutsideTheWindowOrUnknownHaveNoWeek() {
        assertEquals(-1, THREE_WEEKS.weekOf(LocalDate.of(2026, 11, 1)));
        assertEquals(-1, THREE_WEEKS.weekOf(THURSDAY.plusDays(1)));
        assertEquals(-1, THREE_WEEKS.weekOf(null));
    }

    @Test
    public void tallyCountsDaysPerWeekAndIgnoresDaysOutside() {
        // given
        WeeklyCounts.Tally tally = THREE_WEEKS.tally();

        // when
        tally.add(LocalDate.of(2026, 11, 2));
        tally.add(LocalDate.of(2026, 11, 3));
        tally.add(LocalDate.of(2026, 11, 18));
        tally.add(LocalDate.of(2026, 10, 30));
        tally.add(null);

        // then
        assertEquals(WeeklyCounts.of(2, 0, 1), tally.counts());
        assertEquals(3, tally.counts().total());
    }

    @Test
    public void countsAddWeekByWeek() {
        assertEquals(WeeklyCounts.of(3, 0, 5), WeeklyCounts.of(1, 0, 2).plus(WeeklyCounts.of(2, 0, 3)));
    }

    @Test
    public void countsOfDifferentWindowsDoNotAdd() {
        assertThrows(IllegalArgumentException.class, () -> WeeklyCounts.of(1, 2).plus(WeeklyCounts.zeros(3)));
    }

    @Test
    public void countsAreNotChangedThroughTheArrayTheyWereMadeFrom() {
        // given
        int[] source = {1, 2};

        // when
        WeeklyCounts counts = WeeklyCounts.of(source);
        source[0] = 99;

        // then
        assertEquals(1, counts.get(0));
    }

    @Test
    public void weeksOutsideOneToOneHundredFourAreRejectedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> OutputWindow.ending(THURSDAY, 105));
        assertEquals("weeks", e.errors().get(0).field());
    }
}
