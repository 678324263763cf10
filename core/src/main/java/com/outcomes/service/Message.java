package com.outcomes.service;

/** A user-facing sentence as an i18n key with its arguments, rendered at the edge in the user's language. */
public record Message(String key, Object... args) {
}
