package com.outcomes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The one place a submitted reading is checked (DESIGN §3); collects every field error. */
public final class ReadingValidator {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_SOURCE = 255;
    public static final LocalDate EARLIEST = Dates.EARLIEST;

    private ReadingValidator() {
    }

    /**
     * @param today the server's today; a reading may be measured up to one day later, because the
     *     person recording it may already be in tomorrow in their time zone
     * @return a normalised copy: note and source trimmed, blank as null
     * @throws ValidationException with every problem found
     */
    public static NewReading validate(NewReading candidate, LocalDate today) {
        if (candidate == null) {
            throw new ValidationException(new FieldError("value", ErrorKeys.REQUIRED));
        }
        List<FieldError> errors = new ArrayList<>();
        Numbers.check(errors, "value", candidate.value());
        LocalDate measuredAt = candidate.measuredAt();
        LocalDate latest = today.plusDays(1);
        if (measuredAt == null) {
            errors.add(new FieldError("measuredAt", ErrorKeys.REQUIRED));
        } else if (measuredAt.isAfter(latest)) {
            errors.add(new FieldError("measuredAt", ErrorKeys.FUTURE, latest.toString()));
        } else if (measuredAt.isBefore(EARLIEST)) {
            errors.add(new FieldError("measuredAt", ErrorKeys.BEFORE_1970));
        }
        String note = Texts.trimToNull(candidate.note());
        Texts.check(errors, "note", note, MAX_NOTE);
        String source = Texts.trimToNull(candidate.source());
        Texts.check(errors, "source", source, MAX_SOURCE);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NewReading(candidate.value(), measuredAt, note, source, candidate.supersedes());
    }
}
