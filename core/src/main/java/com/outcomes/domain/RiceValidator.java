package com.outcomes.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks RICE inputs (DESIGN §3): reach ≥ 0, impact on the fixed scale, confidence 0..1, effort > 0; reach and effort
 * within ±1e15 (DESIGN §5), and the score they give as well, so a tiny effort cannot make an infinite score.
 */
public final class RiceValidator {

    /** The impact scale: minimal, low, medium, high, massive. */
    public static final List<Double> IMPACTS = List.of(0.25, 0.5, 1.0, 2.0, 3.0);

    private RiceValidator() {
    }

    /** @throws ValidationException with every problem found */
    public static RiceScore validate(RiceScore candidate) {
        if (candidate == null) {
            throw new ValidationException(new FieldError("reach", ErrorKeys.REQUIRED));
        }
        List<FieldError> errors = new ArrayList<>();
        if (Numbers.check(errors, "reach", candidate.reach()) && candidate.reach() < 0) {
            errors.add(new FieldError("reach", ErrorKeys.AT_LEAST, 0));
        }
        if (!IMPACTS.contains(candidate.impact())) {
            errors.add(new FieldError("impact", ErrorKeys.IMPACT));
        }
        if (!Double.isFinite(candidate.confidence())) {
            errors.add(new FieldError("confidence", ErrorKeys.NOT_FINITE));
        } else if (candidate.confidence() < 0 || candidate.confidence() > 1) {
            errors.add(new FieldError("confidence", ErrorKeys.RANGE, 0, 1));
        }
        if (Numbers.check(errors, "effort", candidate.effort()) && candidate.effort() <= 0) {
            errors.add(new FieldError("effort", ErrorKeys.POSITIVE));
        }
        if (errors.isEmpty() && !Numbers.inRange(candidate.score())) {
            errors.add(new FieldError("effort", ErrorKeys.RICE_SCORE_RANGE, Numbers.MAX_MAGNITUDE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return candidate;
    }
}
