package com.outcomes.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.Test;

public class IsoDatesTest {

    @Test
    public void storedDatesReadBackAsTheSameDay() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)}) {
            assertEquals(day, IsoDates.parse(IsoDates.format(day)));
        }
    }

    @Test
    public void yearsBeyondFourDigitsAreReadByTheFormatter() {
        LocalDate far = LocalDate.of(12345, 6, 7);

        assertEquals(far, IsoDates.parse(IsoDates.format(far)));
    }

    @Test
    public void nullStaysNull() {
        assertNull(IsoDates.parse(null));
        assertNull(IsoDates.format(null));
    }

    @Test
    public void impossibleDaysAreRejected() {
        assertThrows(DateTimeException.class, () -> IsoDates.parse("2025-02-29"));
        assertThrows(DateTimeException.class, () -> IsoDates.parse("2025-1a-01"));
    }
}
