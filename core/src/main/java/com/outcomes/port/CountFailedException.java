package com.outcomes.port;

/**
 * A count a computed metric needs could not be made. The message is stored as the metric's {@code lastComputeError} and
 * mailed to its owner, so it says what went wrong in words a user can act on (the JQL parser's message, "Jira did not
 * answer"), never a class name.
 */
public class CountFailedException extends RuntimeException {

    public CountFailedException(String message) {
        super(message);
    }

    public CountFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
