package com.outcomes.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The date rule of DESIGN §5: dates are written {@code YYYY-MM-DD} and lie in the years 1970 to 9999. Why: ISO-8601
 * also allows {@code +100000000-01-01}, which {@code LocalDate} reads and date arithmetic then overflows (a 500), and
 * dates are stored as 10-character ISO text that must sort as dates.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** The date {@code YYYY-MM-DD} names, or null when the text is not such a date (or not a real day). */
    public static LocalDate parse(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Adds an error when an optional date lies outside 1970-01-01..9999-12-31; null passes. */
    public static boolean check(List<FieldError> errors, String field, LocalDate date) {
        if (date != null && !inRange(date)) {
            errors.add(new FieldError(field, ErrorKeys.DATE_RANGE, EARLIEST.toString(), LATEST.toString()));
            return false;
        }
        return true;
    }
}
