package com.outcomes.service;

import java.util.Arrays;
import java.util.List;

/**
 * A user-facing sentence as an i18n key with its arguments, rendered at the edge in the user's language. Two messages
 * with the same key and equal arguments are equal.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = MessageArgs.frozen(args);
    }

    public Message(String key, Object... args) {
        this(key, args == null ? null : Arrays.asList(args));
    }
}
