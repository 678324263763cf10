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
        return text == null ? null : LocalDate.parse(text);
    }
}
