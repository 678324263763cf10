package com.outcomes.preview.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads the timestamps Jira's REST API writes. Jira uses {@code 2026-10-01T12:00:00.000+0000}; Jira
 * Software's sprint dates and hand-written documents also use ISO instants ({@code …Z},
 * {@code …+02:00}) or plain dates. The calendar date is taken in the offset the timestamp carries,
 * as DESIGN §5 says, so an issue resolved late in the evening in Sydney stays on that day.
 */
final class JiraDates {

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm")
            .optionalStart().appendLiteral(':').appendPattern("ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("[XXX][XX]")
            .toFormatter();

    private JiraDates() {
    }

    /** The calendar date of a timestamp (or of a plain date) in the timestamp's own offset. */
    static LocalDate dateOf(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed);
            }
            return OffsetDateTime.parse(trimmed, TIMESTAMP).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a date", e);
        }
    }
}
