package com.outcomes.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a check-in (DESIGN §3b): confidence a whole number from 1 to 10, comment at most 4000 characters (code
 * points) under the text rule of DESIGN §5. A blank comment is no comment.
 */
public final class CheckInValidator {

    public static final int MIN_CONFIDENCE = 1;
    public static final int MAX_CONFIDENCE = 10;
    public static final int COMMENT_LENGTH = 4000;

    private CheckInValidator() {
    }

    /**
     * @return the check-in as it is stored: the comment trimmed, or null when blank
     * @throws ValidationException with every problem found, each naming {@code confidence} or {@code comment}
     */
    public static NewCheckIn validate(NewCheckIn candidate) {
        if (candidate == null) {
            throw new ValidationException(new FieldError("confidence", ErrorKeys.REQUIRED));
        }
        List<FieldError> errors = new ArrayList<>();
        Integer confidence = candidate.confidence();
        if (confidence == null) {
            errors.add(new FieldError("confidence", ErrorKeys.REQUIRED));
        } else if (confidence < MIN_CONFIDENCE || confidence > MAX_CONFIDENCE) {
            errors.add(new FieldError("confidence", ErrorKeys.RANGE, MIN_CONFIDENCE, MAX_CONFIDENCE));
        }
        Texts.check(errors, "comment", candidate.comment(), COMMENT_LENGTH);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NewCheckIn(confidence, Texts.trimToNull(candidate.comment()));
    }
}
