package com.outcomes.domain;

/**
 * A problem with one input field. {@code messageKey} is an i18n key (bundle
 * {@code com/outcomes/i18n/outcomes.properties}); {@code args} fill its placeholders.
 */
public record FieldError(String field, String messageKey, Object... args) {
}
