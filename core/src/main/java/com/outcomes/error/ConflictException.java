package com.outcomes.error;

/** A write that contradicts stored data, such as correcting a reading that was already corrected (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
