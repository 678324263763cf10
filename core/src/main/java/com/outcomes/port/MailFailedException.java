package com.outcomes.port;

/** A reminder could not be delivered. The message is stored with the reminder and shown to admins: no class names. */
public class MailFailedException extends RuntimeException {

    public MailFailedException(String message) {
        super(message);
    }

    public MailFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
