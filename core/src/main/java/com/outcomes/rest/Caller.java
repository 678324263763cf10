package com.outcomes.rest;

import com.outcomes.error.UnauthorizedException;
import com.outcomes.port.AccessPolicy;

/** Resolves the user behind the current request; anonymous callers get 401 before anything else happens. */
public final class Caller {

    private final AccessPolicy access;

    public Caller(AccessPolicy access) {
        this.access = access;
    }

    public String require() {
        return access.currentUser().orElseThrow(UnauthorizedException::new);
    }
}
