package com.outcomes.rest;

import java.util.Locale;

import com.outcomes.error.UnauthorizedException;
import com.outcomes.port.AccessPolicy;

/**
 * Resolves the user behind the current request and the language they are answered in; anonymous callers get 401
 * before anything else happens.
 */
public final class Caller {

    private final AccessPolicy access;

    public Caller(AccessPolicy access) {
        this.access = access;
    }

    public String require() {
        return access.currentUser().orElseThrow(UnauthorizedException::new);
    }

    /** The host's answer for this request; English when it has none. */
    public Locale locale() {
        Locale locale = access.locale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
