package com.outcomes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The one place a submitted closure is checked (DESIGN §3b "Lifecycle"); collects every field error. */
public final class ClosureValidator {

    /** Longest learning, in characters (code points): a few paragraphs, like a check-in's comment. */
    public static final int MAX_LEARNING = 4000;

    private ClosureValidator() {
    }

    /** A checked closure: the result, the learning trimmed (blank as null) and the day it ended. */
    public record Valid(OutcomeResult result, String learning, LocalDate closedOn) {
    }

    /**
     * @param today the server's today: the default {@code closedOn}, and the latest allowed (an outcome cannot have
     *     ended in the future)
     * @throws ValidationException with every problem found
     */
    public static Valid validate(NewClosure candidate, LocalDate today) {
        if (candidate == null) {
            throw new ValidationException(new FieldError("result", ErrorKeys.REQUIRED));
        }
        List<FieldError> errors = new ArrayList<>();
        OutcomeResult result = null;
        if (candidate.result() == null) {
            errors.add(new FieldError("result", ErrorKeys.REQUIRED));
        } else {
            result = Arrays.stream(OutcomeResult.values()).filter(r -> r.name().equals(candidate.result()))
                    .findFirst().orElse(null);
            if (result == null) {
                errors.add(new FieldError("result", "outcomes.lifecycle.error.result", Texts.echo(candidate.result())));
            }
        }
        String learning = Texts.trimToNull(candidate.learning());
        if (learning == null && result != null && result.needsLearning()) {
            errors.add(new FieldError("learning", "outcomes.lifecycle.error.learningRequired", result.name()));
        }
        Texts.check(errors, "learning", learning, MAX_LEARNING);
        LocalDate closedOn = candidate.closedOn() == null ? today : candidate.closedOn();
        if (closedOn.isAfter(today)) {
            errors.add(new FieldError("closedOn", ErrorKeys.FUTURE, today.toString()));
        } else if (closedOn.isBefore(Dates.EARLIEST)) {
            errors.add(new FieldError("closedOn", ErrorKeys.BEFORE_1970));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Valid(result, learning, closedOn);
    }
}
