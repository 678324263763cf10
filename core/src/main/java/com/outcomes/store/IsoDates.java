package com.outcomes.store;

import java.time.LocalDate;

/** Dates are stored as ISO {@code YYYY-MM-DD} text: exact on every database, and sortable as text. */
final class IsoDates {

    private IsoDates() {
    }

    static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        // The common case read by hand: a dashboard parses tens of thousands of dates, and the formatter's
        // general parser costs more than reading them from the database.
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // not plain digits or not a real date: let the formatter decide and report it
            }
        }
        return LocalDate.parse(text);
    }
}
