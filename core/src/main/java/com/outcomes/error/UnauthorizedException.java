package com.outcomes.error;

/** No user behind the request: answered with 401. */
public final class UnauthorizedException extends RuntimeException {

    public UnauthorizedException() {
        super("authentication required");
    }
}
