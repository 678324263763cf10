package com.outcomes.domain;

import java.util.List;

/** Small text helpers shared by the validators. */
final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when null or blank. */
    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static void checkLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, ErrorKeys.TOO_LONG, max));
        }
    }
}
