package com.outcomes.error;

/** The issue, metric or sprint does not exist, or the caller may not see it (both answer 404, so nothing leaks). */
public final class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
