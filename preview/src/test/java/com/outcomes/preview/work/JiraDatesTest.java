package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import org.junit.Test;

public class JiraDatesTest {

    @Test
    public void readsJirasTimestampsAsTheDayInTheirOwnOffset() {
        // given Jira's own shape, at both ends of the day and of the offsets
        // when read, then the day is the one the timestamp names, whatever its offset
        assertEquals(LocalDate.of(2026, 10, 1), JiraDates.dateOf("2026-10-01T12:00:00.000+0000"));
        assertEquals(LocalDate.of(2026, 10, 1), JiraDates.dateOf("2026-10-01T23:59:59.999-1200"));
        assertEquals(LocalDate.of(2026, 10, 1), JiraDates.dateOf("2026-10-01T00:00:00.000+1800"));
        assertEquals(LocalDate.of(2026, 10, 1), JiraDates.dateOf("2026-10-01T12:00:00.000-0000"));
        assertEquals(LocalDate.of(2024, 2, 29), JiraDates.dateOf("2024-02-29T12:00:00.000+0100"));
    }

    @Test
    public void readsOtherTimestampShapesAndPlainDates() {
        assertEquals(LocalDate.of(2026, 10, 1), JiraDates.dateOf("2026-10-01T22:30:00Z"));
        assertEquals(LocalDate.of(2026, 10, 1), JiraDates.dateOf("2026-10-01T22:30+02:00"));
        assertEquals(LocalDate.of(2026, 10, 1), JiraDates.dateOf(" 2026-10-01 "));
    }

    @Test
    public void movesADayPastTheMonthsEndToItsLastDayAndMidnightAt24ToTheNextDay() {
        // given timestamps of Jira's shape that the ISO formatter resolves smartly
        // when read, then they are read as it reads them
        assertEquals(LocalDate.of(2026, 2, 28), JiraDates.dateOf("2026-02-30T12:00:00.000+0000"));
        assertEquals(LocalDate.of(2026, 4, 30), JiraDates.dateOf("2026-04-31T12:00:00.000+0000"));
        assertEquals(LocalDate.of(2026, 10, 2), JiraDates.dateOf("2026-10-01T24:00:00.000+0000"));
    }

    @Test
    public void refusesTimestampsOutOfRange() {
        for (String text : new String[] {"2026-13-01T12:00:00.000+0000", "2026-10-32T12:00:00.000+0000",
                "2026-10-01T12:60:00.000+0000", "2026-10-01T12:00:60.000+0000", "2026-10-01T12:00:00.000+1801",
                "2026-10-01T12:00:00.000+1900", "2026-10-01T12:00:00.000+0060", "2026-10-01T12:00:00.000", "soon"}) {
            IllegalArgumentException e = assertThrows(text, IllegalArgumentException.class, () -> JiraDates.dateOf(text));
            assertEquals("cannot read '" + text + "' as a date", e.getMessage());
        }
    }
}
