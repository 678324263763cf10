package com.outcomes.service;

import java.util.List;

import com.outcomes.domain.MessageArgs;

/**
 * Something the dashboard calls out on an outcome; {@code code} is stable, the message comes from the i18n bundle. Two
 * signals with the same code, key and equal arguments are equal.
 */
public record Signal(String code, String messageKey, List<Object> args) {

    public static final String STALE = "STALE";
    public static final String OUTPUT_WITHOUT_OUTCOME = "OUTPUT_WITHOUT_OUTCOME";
    public static final String OFF_TRACK = "OFF_TRACK";
    public static final String NO_EPICS = "NO_EPICS";
    public static final String FORECAST_SHORT = "FORECAST_SHORT";
    public static final String CONFIDENCE_LOW = "CONFIDENCE_LOW";

    public Signal {
        args = MessageArgs.frozen(args);
    }

    public Signal(String code, String messageKey, Object... args) {
        this(code, messageKey, MessageArgs.of(args));
    }
}
