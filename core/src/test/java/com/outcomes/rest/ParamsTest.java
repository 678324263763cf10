package com.outcomes.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.Test;

import com.outcomes.domain.ErrorKeys;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;

public class ParamsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC);

    private static String asOfError(String value) {
        FieldError e = assertThrows(ValidationException.class, () -> Params.asOf(value, CLOCK)).errors().get(0);
        return e.field() + " " + e.messageKey();
    }

    private static String keyError(String value) {
        FieldError e = assertThrows(ValidationException.class, () -> Params.requiredText("issueKey", value)).errors().get(0);
        return e.field() + " " + e.messageKey();
    }

    @Test
    public void asOfDefaultsToTodayAndReadsIsoDates() {
        assertEquals(LocalDate.of(2026, 11, 18), Params.asOf(null, CLOCK));
        assertEquals(LocalDate.of(2026, 11, 18), Params.asOf(" ", CLOCK));
        assertEquals(LocalDate.of(2026, 1, 31), Params.asOf("2026-01-31", CLOCK));
        assertEquals(LocalDate.of(1970, 1, 1), Params.asOf("1970-01-01", CLOCK));
        assertEquals(LocalDate.of(9999, 12, 31), Params.asOf("9999-12-31", CLOCK));
    }

    @Test
    public void asOfOfAnExpandedYearIsNotADate() {
        // LocalDate.parse read it and the dashboard's date arithmetic overflowed: a 500
        assertEquals("asOf outcomes.error.date", asOfError("+100000000-01-01"));
        assertEquals("asOf outcomes.error.date", asOfError("10000-01-01"));
        assertEquals("asOf outcomes.error.date", asOfError("2026-02-30"));
        assertEquals("asOf outcomes.error.date", asOfError("2026-11-18\u0000"));
    }

    @Test
    public void asOfOutsideTheYears1970To9999IsOutOfRange() {
        assertEquals("asOf " + ErrorKeys.DATE_RANGE, asOfError("1969-12-31"));
        assertEquals("asOf " + ErrorKeys.DATE_RANGE, asOfError("0001-01-01"));
    }

    @Test
    public void theRejectedAsOfIsQuotedShortAndClean() {
        FieldError e = assertThrows(ValidationException.class, () -> Params.asOf("\u0000".repeat(1000), CLOCK)).errors().get(0);

        assertEquals("\uFFFD".repeat(40) + "\u2026", e.args().get(0));
    }

    @Test
    public void keysFollowTheTextRule() {
        assertEquals("OUT-2", Params.requiredText("issueKey", " OUT-2 "));
        assertEquals("issueKey " + ErrorKeys.REQUIRED, keyError(""));
        assertEquals("issueKey " + ErrorKeys.NUL, keyError("OUT-2\u0000"));
        assertEquals("issueKey " + ErrorKeys.UNPAIRED_SURROGATE, keyError("OUT-\uD800"));
        assertEquals("issueKey " + ErrorKeys.TOO_LONG, keyError("K".repeat(Params.MAX_KEY + 1)));
    }

    @Test
    public void optionalKeysAreNullWhenAbsentAndCheckedWhenGiven() {
        assertNull(Params.optionalText("project", null));
        assertNull(Params.optionalText("project", "  "));
        assertEquals("OUT", Params.optionalText("project", "OUT"));
        FieldError e = assertThrows(ValidationException.class, () -> Params.optionalText("challenge", "\u0000"))
                .errors().get(0);
        assertEquals("challenge", e.field());
    }

    @Test
    public void aPathIdThatIsNoNumberIsNotFoundAndQuotedClean() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> Params.pathId("9".repeat(30) + "\u0000", "outcomes.error.metricNotFound"));

        assertEquals("9".repeat(30) + "\uFFFD", e.args()[0]);
    }

    @Test
    public void weeksMustBeAWholeNumber() {
        assertEquals(12, Params.intParam("weeks", null, 12));
        FieldError e = assertThrows(ValidationException.class, () -> Params.intParam("weeks", "99999999999", 12))
                .errors().get(0);
        assertEquals("weeks", e.field());
    }
}
