package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class ClosureValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    public void anAchievedOutcomeNeedsNoLearningAndClosesToday() {
        ClosureValidator.Valid valid = ClosureValidator.validate(new NewClosure("ACHIEVED", "  ", null), TODAY);

        assertEquals(OutcomeResult.ACHIEVED, valid.result());
        assertNull(valid.learning());
        assertEquals(TODAY, valid.closedOn());
    }

    @Test
    public void aMissedOrAbandonedOutcomeWithoutALearningIsRefusedNamingLearning() {
        for (String result : List.of("MISSED", "ABANDONED")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> ClosureValidator.validate(new NewClosure(result, " \t ", TODAY), TODAY));
            assertEquals(List.of("learning"), fields(e));
        }
    }

    @Test
    public void theLearningIsTrimmedAndKept() {
        ClosureValidator.Valid valid = ClosureValidator.validate(
                new NewClosure("MISSED", "  Onboarding was not the bottleneck. ", TODAY.minusDays(3)), TODAY);

        assertEquals("Onboarding was not the bottleneck.", valid.learning());
        assertEquals(TODAY.minusDays(3), valid.closedOn());
    }

    @Test
    public void aLearningIsLimitedTo4000CharactersCountedAsCodePoints() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        ClosureValidator.validate(new NewClosure("MISSED", emoji.repeat(4000), TODAY), TODAY);

        ValidationException e = assertThrows(ValidationException.class,
                () -> ClosureValidator.validate(new NewClosure("MISSED", "x".repeat(4001), TODAY), TODAY));
        assertEquals(List.of("learning"), fields(e));
    }

    @Test
    public void anUnknownOrMissingResultIsRefusedNamingResult() {
        assertEquals(List.of("result"), fields(assertThrows(ValidationException.class,
                () -> ClosureValidator.validate(new NewClosure("achieved", null, TODAY), TODAY))));
        assertEquals(List.of("result"), fields(assertThrows(ValidationException.class,
                () -> ClosureValidator.validate(new NewClosure(null, "x", TODAY), TODAY))));
    }

    @Test
    public void anOutcomeCannotCloseInTheFutureOrBefore1970() {
        assertEquals(List.of("closedOn"), fields(assertThrows(ValidationException.class,
                () -> ClosureValidator.validate(new NewClosure("ACHIEVED", null, TODAY.plusDays(1)), TODAY))));
        assertEquals(List.of("closedOn"), fields(assertThrows(ValidationException.class,
                () -> ClosureValidator.validate(new NewClosure("ACHIEVED", null, LocalDate.of(1969, 12, 31)), TODAY))));
    }

    @Test
    public void everyProblemIsNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ClosureValidator.validate(new NewClosure("ABANDONED", "", TODAY.plusDays(2)), TODAY));

        assertEquals(List.of("learning", "closedOn"), fields(e));
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
