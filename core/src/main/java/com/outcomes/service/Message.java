package com.outcomes.service;

import java.util.List;

import com.outcomes.domain.MessageArgs;

/**
 * A user-facing sentence as an i18n key with its arguments, rendered at the edge in the user's language. Two messages
 * with the same key and equal arguments are equal.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = MessageArgs.frozen(args);
    }

    public Message(String key, Object... args) {
        this(key, MessageArgs.of(args));
    }
}
