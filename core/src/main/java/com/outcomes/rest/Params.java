package com.outcomes.rest;

import java.time.Clock;
import java.time.LocalDate;

import com.outcomes.domain.Dates;
import com.outcomes.domain.ErrorKeys;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.Texts;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;

/** Query and path parameters, parsed with field-named errors by the rules of DESIGN §5. */
final class Params {

    /** Longest key a parameter may name (issue and project keys are far shorter in practice). */
    static final int MAX_KEY = 255;

    private Params() {
    }

    /** {@code YYYY-MM-DD} in the years 1970 to 9999; today when absent. */
    static LocalDate asOf(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        LocalDate date = Dates.parse(value.strip());
        if (date == null) {
            throw new ValidationException(new FieldError("asOf", "outcomes.error.date", Texts.echo(value)));
        }
        if (!Dates.inRange(date)) {
            throw new ValidationException(new FieldError("asOf", ErrorKeys.DATE_RANGE,
                    Dates.EARLIEST.toString(), Dates.LATEST.toString()));
        }
        return date;
    }

    static int intParam(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(new FieldError(name, "outcomes.error.type.integer"));
        }
    }

    /** A strict flag: absent is the default, otherwise exactly {@code true} or {@code false} (else 400 naming it). */
    static boolean booleanParam(String name, String value, boolean defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ValidationException(new FieldError(name, "outcomes.lifecycle.error.boolean"));
        };
    }

    /** A key the caller must give (issue key): present, and text by the rule of {@link Texts}. */
    static String requiredText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(new FieldError(name, "outcomes.error.required"));
        }
        return checked(name, value.strip());
    }

    /** An optional key (project, challenge): null when absent, else text by the rule of {@link Texts}. */
    static String optionalText(String name, String value) {
        return value == null || value.isBlank() ? null : checked(name, value.strip());
    }

    /** An id given as a query parameter: a positive whole number, else 400 naming the parameter. */
    static long id(String name, String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ValidationException(new FieldError(name, "outcomes.error.type.integer"));
    }

    /** A path id that is not a number names no metric: 404, like any unknown id. */
    static long pathId(String value, String notFoundKey) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException(notFoundKey, Texts.echo(value));
        }
    }

    private static String checked(String name, String value) {
        Texts.problem(name, value, MAX_KEY).ifPresent(error -> {
            throw new ValidationException(error);
        });
        return value;
    }
}
