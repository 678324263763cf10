package com.outcomes.domain;

import java.util.List;

/**
 * A problem with one input field. {@code messageKey} is an i18n key (bundle
 * {@code com/outcomes/i18n/outcomes.properties}); {@code args} fill its placeholders; equal arguments make equal errors.
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = MessageArgs.frozen(args);
    }

    public FieldError(String field, String messageKey, Object... args) {
        this(field, messageKey, MessageArgs.of(args));
    }
}
