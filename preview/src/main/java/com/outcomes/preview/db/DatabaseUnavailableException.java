package com.outcomes.preview.db;

/** The database the preview was pointed at cannot be opened; the message says which and why, in one line. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
