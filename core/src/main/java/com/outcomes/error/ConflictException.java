package com.outcomes.error;

import java.util.List;

/** A write that contradicts stored data, such as correcting a reading that was already corrected (HTTP 409). */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public ConflictException(String message) {
        this(message, (Throwable) null);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
        this.messageKey = null;
        this.args = List.of();
    }

    /**
     * A conflict the caller is told about in words from the bundle, naming what conflicts (e.g. a closed outcome).
     *
     * @param field      the field (or issue key) the error names
     * @param messageKey the bundle key of the message
     */
    public ConflictException(String field, String messageKey, Object... args) {
        super(messageKey + " " + field);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /** What the error names, or null for the reading-correction conflicts (they name {@code supersedes}). */
    public String field() {
        return field;
    }

    /** The bundle key of the message, or null for the reading-correction conflicts. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
