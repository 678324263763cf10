package com.outcomes.preview;

/**
 * The preview cannot start for a reason the user can fix (port taken, database unreachable, bad
 * issues file). {@link PreviewMain} prints the message as one line and exits with status 1.
 */
public class PreviewStartupException extends RuntimeException {

    public PreviewStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
