package com.outcomes.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;

/** Query and path parameters, parsed with field-named errors. */
final class Params {

    private Params() {
    }

    static LocalDate asOf(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(new FieldError("asOf", "outcomes.error.date", value));
        }
    }

    static int intParam(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(new FieldError(name, "outcomes.error.type.integer"));
        }
    }

    static String requiredText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(new FieldError(name, "outcomes.error.required"));
        }
        return value.trim();
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A path id that is not a number names no metric: 404, like any unknown id. */
    static long pathId(String value, String notFoundKey) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new com.outcomes.service.NotFoundException(notFoundKey, value);
        }
    }
}
