package com.outcomes.rest;

import java.util.Locale;
import java.util.Set;

/**
 * DESIGN §5's transport rules as plain values, so every host applies the same ones: the JAX-RS filter of core
 * ({@link TransportRules}), the preview's servlet filters and the plugin's servlet.
 */
public final class HttpRules {

    /** Pages may be framed only by pages of the same origin (clickjacking). */
    public static final String FRAME_OPTIONS = "SAMEORIGIN";
    public static final String FRAME_ANCESTORS = "frame-ancestors 'self'";
    public static final String NOSNIFF = "nosniff";
    /** API answers hold what one user may see: no cache, shared or private, keeps a copy. */
    public static final String NO_STORE = "no-store";

    /** Methods that change state and so must say what they send (the body is read). */
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** TRACE echoes the request, Authorization header included; TRACK is IIS's alias. Neither is ever served. */
    private static final Set<String> TRACES = Set.of("TRACE", "TRACK");

    private HttpRules() {
    }

    public static boolean isWrite(String method) {
        return method != null && WRITES.contains(method.toUpperCase(Locale.ROOT));
    }

    public static boolean isTrace(String method) {
        return method != null && TRACES.contains(method.toUpperCase(Locale.ROOT));
    }
}
