package com.outcomes.port;

/** A database failure. Never shown to users as such: the REST layer answers with a generic 500 body. */
public class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
