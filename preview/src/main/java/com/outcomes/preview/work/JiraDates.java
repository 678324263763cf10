package com.outcomes.preview.work;

import java.time.DateTimeException;
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
            LocalDate jiraDay = isJiraTimestamp(trimmed) ? validDay(trimmed) : null;
            return jiraDay != null ? jiraDay : OffsetDateTime.parse(trimmed, TIMESTAMP).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a date", e);
        }
    }

    /**
     * Jira's own shape {@code yyyy-MM-ddTHH:mm:ss.SSS±hhmm}, every field in range: its date is its first ten characters.
     * A Data Center document has a million of them, and the general formatter costs more than reading the rest of an
     * issue; anything else (or out of range) goes through the formatter, which says what is wrong or, in its smart
     * resolving, moves a day past the month's end to its last day.
     */
    private static boolean isJiraTimestamp(String text) {
        return text.length() == 28 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && (text.charAt(23) == '+' || text.charAt(23) == '-')
                && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10) && digits(text, 11, 13)
                && digits(text, 14, 16) && digits(text, 17, 19) && digits(text, 20, 23) && digits(text, 24, 28)
                && number(text, 11, 13) <= 23 && number(text, 14, 16) <= 59 && number(text, 17, 19) <= 59
                && number(text, 24, 26) <= 18 && number(text, 26, 28) <= 59
                && (number(text, 24, 26) < 18 || number(text, 26, 28) == 0);
    }

    private static LocalDate validDay(String text) {
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
