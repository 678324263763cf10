package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class DatesTest {

    @Test
    public void isoDatesOfFourDigitYearsAreRead() {
        assertEquals(LocalDate.of(2026, 2, 28), Dates.parse("2026-02-28"));
        assertEquals(LocalDate.of(2024, 2, 29), Dates.parse("2024-02-29"));
        assertEquals(LocalDate.of(1, 1, 1), Dates.parse("0001-01-01")); // well formed: the range rule rejects it
    }

    @Test
    public void expandedYearsOtherFormsAndImpossibleDaysAreNotDates() {
        // +100000000-01-01 is ISO-8601 and LocalDate reads it; date arithmetic on it then overflows (a 500)
        for (String notADate : new String[] {"+100000000-01-01", "+2026-01-01", "-2026-01-01", "10000-01-01", "2026-1-01",
                "2026-02-30", "2026-13-01", "2026/01/01", "20260101", "2026-01-01T00:00", " 2026-01-01", "",
                "\u0662\u0660\u0662\u0666-01-01", "2026-01-0\u0000"}) {
            assertNull(notADate, Dates.parse(notADate));
        }
        assertNull(Dates.parse(null));
    }

    @Test
    public void theYears1970To9999AreInRangeAndNothingElse() {
        assertTrue(Dates.inRange(LocalDate.of(1970, 1, 1)));
        assertTrue(Dates.inRange(LocalDate.of(9999, 12, 31)));
        assertFalse(Dates.inRange(LocalDate.of(1969, 12, 31)));
        assertFalse(Dates.inRange(LocalDate.of(10000, 1, 1)));

        List<FieldError> errors = new ArrayList<>();
        assertFalse(Dates.check(errors, "startDate", LocalDate.of(1969, 12, 31)));
        assertTrue(Dates.check(errors, "targetDate", null));
        assertEquals(List.of("startDate"), errors.stream().map(FieldError::field).toList());
        assertEquals(ErrorKeys.DATE_RANGE, errors.get(0).messageKey());
    }
}
