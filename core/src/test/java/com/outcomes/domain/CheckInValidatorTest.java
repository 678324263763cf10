package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

public class CheckInValidatorTest {

    private static List<FieldError> errors(NewCheckIn candidate) {
        try {
            CheckInValidator.validate(candidate);
        } catch (ValidationException e) {
            return e.errors();
        }
        fail("expected a ValidationException");
        return null;
    }

    @Test
    public void confidenceFromOneToTenIsAccepted() {
        for (int confidence = 1; confidence <= 10; confidence++) {
            assertEquals(confidence, (int) CheckInValidator.validate(new NewCheckIn(confidence, "ok")).confidence());
        }
    }

    @Test
    public void confidenceOutsideOneToTenIsRejectedNamingTheFieldAndTheRange() {
        for (int confidence : new int[] {0, 11, -1, Integer.MAX_VALUE}) {
            assertEquals(List.of(new FieldError("confidence", ErrorKeys.RANGE, 1, 10)),
                    errors(new NewCheckIn(confidence, null)));
        }
    }

    @Test
    public void missingConfidenceIsRequired() {
        assertEquals(List.of(new FieldError("confidence", ErrorKeys.REQUIRED)), errors(new NewCheckIn(null, "x")));
        assertEquals(List.of(new FieldError("confidence", ErrorKeys.REQUIRED)), errors(null));
    }

    @Test
    public void commentOf4000CodePointsIsAcceptedAnd4001Rejected() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        assertEquals(4000 * 2, CheckInValidator.validate(new NewCheckIn(5, emoji.repeat(4000))).comment().length());

        assertEquals(List.of(new FieldError("comment", ErrorKeys.TOO_LONG, 4000)),
                errors(new NewCheckIn(5, "a".repeat(4001))));
    }

    @Test
    public void commentWithNulIsRejected() {
        assertEquals(List.of(new FieldError("comment", ErrorKeys.NUL)), errors(new NewCheckIn(5, "a\u0000b")));
    }

    @Test
    public void everyBadFieldIsNamedAtOnce() {
        assertEquals(List.of("confidence", "comment"),
                errors(new NewCheckIn(0, "a".repeat(4001))).stream().map(FieldError::field).toList());
    }

    @Test
    public void commentIsTrimmedAndBlankBecomesNone() {
        assertEquals("on track", CheckInValidator.validate(new NewCheckIn(7, "  on track \n")).comment());
        assertNull(CheckInValidator.validate(new NewCheckIn(7, "   ")).comment());
        assertNull(CheckInValidator.validate(new NewCheckIn(7, null)).comment());
    }
}
