package com.outcomes.preview.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * The authenticated user of the request being served on this thread, and the language it is answered in.
 * {@link CurrentUserFilter} sets both around the rest of the filter chain once Jetty's security has let the request
 * in, and always clears them in {@code finally}, so nothing survives from one request to the next (Jetty reuses its
 * threads).
 */
public final class RequestUser {

    private final ThreadLocal<Current> current = new ThreadLocal<>();

    public Optional<PreviewUser> get() {
        return Optional.ofNullable(current.get()).map(Current::user);
    }

    /** English outside a request. */
    public Locale locale() {
        Current now = current.get();
        return now == null ? Locale.ENGLISH : now.locale();
    }

    void set(PreviewUser user) {
        set(user, Locale.ENGLISH);
    }

    void set(PreviewUser user, Locale locale) {
        current.set(new Current(user, locale));
    }

    void clear() {
        current.remove();
    }

    private record Current(PreviewUser user, Locale locale) {
    }
}
