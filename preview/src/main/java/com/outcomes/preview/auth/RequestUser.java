package com.outcomes.preview.auth;

import java.util.Optional;

/**
 * The authenticated user of the request being served on this thread. {@link BasicAuthFilter} sets it
 * around the rest of the filter chain and always clears it in {@code finally}, so nothing survives
 * from one request to the next (Jetty reuses its threads).
 */
public final class RequestUser {

    private final ThreadLocal<PreviewUser> current = new ThreadLocal<>();

    public Optional<PreviewUser> get() {
        return Optional.ofNullable(current.get());
    }

    void set(PreviewUser user) {
        current.set(user);
    }

    void clear() {
        current.remove();
    }
}
