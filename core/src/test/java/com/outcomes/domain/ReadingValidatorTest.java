package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class ReadingValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static List<FieldError> errorsOf(NewReading candidate) {
        try {
            ReadingValidator.validate(candidate, TODAY);
        } catch (ValidationException e) {
            return e.errors();
        }
        fail("expected a ValidationException");
        return null;
    }

    private static void assertSingleError(NewReading candidate, String field, String key) {
        List<FieldError> errors = errorsOf(candidate);
        assertEquals(errors.toString(), 1, errors.size());
        assertEquals(field, errors.get(0).field());
        assertEquals(key, errors.get(0).messageKey());
    }

    @Test
    public void validReadingIsReturnedWithItsValues() {
        NewReading reading = new NewReading(52.5, TODAY, "Weekly export", "Analytics", 7L);

        assertEquals(reading, ReadingValidator.validate(reading, TODAY));
    }

    @Test
    public void noteAndSourceAreTrimmedAndBlankBecomesNull() {
        NewReading normalised = ReadingValidator.validate(new NewReading(1, TODAY, "  checked  ", "   ", null),
                TODAY);

        assertEquals("checked", normalised.note());
        assertNull(normalised.source());
    }

    @Test
    public void nonFiniteValuesAreRejected() {
        assertSingleError(new NewReading(Double.NaN, TODAY, null, null, null), "value", ErrorKeys.NOT_FINITE);
        for (double value : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertSingleError(new NewReading(value, TODAY, null, null, null), "value", ErrorKeys.MAGNITUDE);
        }
    }

    @Test
    public void valuesBeyondOneQuadrillionAreRejectedAndTheBoundsAreAccepted() {
        for (double value : new double[] {1e39, -1e39, Math.nextUp(1e15), Double.MAX_VALUE}) {
            assertSingleError(new NewReading(value, TODAY, null, null, null), "value", ErrorKeys.MAGNITUDE);
        }
        for (double value : new double[] {1e15, -1e15, Double.MIN_VALUE, -0.0}) {
            assertEquals(value, ReadingValidator.validate(new NewReading(value, TODAY, null, null, null), TODAY).value(), 0);
        }
    }

    @Test
    public void nulAndUnpairedSurrogatesInNoteAndSourceAreRejected() {
        List<FieldError> errors = errorsOf(new NewReading(1, TODAY, "survey\u0000", "\uDBFF export", null));

        assertEquals(List.of("note:" + ErrorKeys.NUL, "source:" + ErrorKeys.UNPAIRED_SURROGATE),
                errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList());
    }

    @Test
    public void noteLengthIsCountedInCharacters() {
        String emoji = "\uD83C\uDF89";
        assertEquals(emoji.repeat(1000), ReadingValidator.validate(new NewReading(1, TODAY, emoji.repeat(1000), null, null),
                TODAY).note());

        assertSingleError(new NewReading(1, TODAY, emoji.repeat(1001), null, null), "note", ErrorKeys.TOO_LONG);
    }

    @Test
    public void measuredAtIsRequired() {
        assertSingleError(new NewReading(1, null, null, null, null), "measuredAt", ErrorKeys.REQUIRED);
    }

    @Test
    public void tomorrowIsToleratedForTimeZones() {
        NewReading tomorrow = new NewReading(1, TODAY.plusDays(1), null, null, null);

        assertEquals(TODAY.plusDays(1), ReadingValidator.validate(tomorrow, TODAY).measuredAt());
    }

    @Test
    public void twoDaysAheadIsInTheFuture() {
        assertSingleError(new NewReading(1, TODAY.plusDays(2), null, null, null), "measuredAt", ErrorKeys.FUTURE);
    }

    @Test
    public void firstOfJanuary1970IsAccepted() {
        NewReading epoch = new NewReading(1, LocalDate.of(1970, 1, 1), null, null, null);

        assertEquals(LocalDate.of(1970, 1, 1), ReadingValidator.validate(epoch, TODAY).measuredAt());
    }

    @Test
    public void before1970IsRejected() {
        assertSingleError(new NewReading(1, LocalDate.of(1969, 12, 31), null, null, null), "measuredAt",
                ErrorKeys.BEFORE_1970);
    }

    @Test
    public void noteOf1000CharactersIsAcceptedAnd1001IsTooLong() {
        assertEquals(1000, ReadingValidator.validate(new NewReading(1, TODAY, "n".repeat(1000), null, null),
                TODAY).note().length());

        assertSingleError(new NewReading(1, TODAY, "n".repeat(1001), null, null), "note", ErrorKeys.TOO_LONG);
    }

    @Test
    public void sourceLongerThan255IsTooLong() {
        assertSingleError(new NewReading(1, TODAY, null, "s".repeat(256), null), "source", ErrorKeys.TOO_LONG);
    }

    @Test
    public void allErrorsAreCollected() {
        List<FieldError> errors = errorsOf(new NewReading(Double.NaN, null, "n".repeat(1001), "s".repeat(256),
                null));

        assertEquals(List.of("value", "measuredAt", "note", "source"),
                errors.stream().map(FieldError::field).toList());
    }
}
