package com.outcomes.domain;

import java.util.List;
import java.util.Optional;

/**
 * The text rule of DESIGN §5, the one place it lives: text holds no NUL character and no unpaired surrogate, and its
 * length is counted in characters (code points), so a name of 128 emoji is 128 characters long, not 256.
 *
 * <p>Why: PostgreSQL refuses NUL in text columns (a 500 after validation passed), and a lone surrogate cannot be
 * encoded as UTF-8, so the database or the JSON writer silently turns it into {@code ?}.
 */
public final class Texts {

    /** Longest echo of a rejected input inside an error message. */
    static final int ECHO_LENGTH = 40;

    private Texts() {
    }

    /** Trimmed text, or null when null or blank. */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Adds the first problem of {@code value} (NUL, unpaired surrogate, longer than {@code max}); null passes. */
    public static void check(List<FieldError> errors, String field, String value, int max) {
        problem(field, value, max).ifPresent(errors::add);
    }

    /** The first problem of {@code value} as a field error, or empty when it is null or fine. */
    public static Optional<FieldError> problem(String field, String value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.indexOf('\u0000') >= 0) {
            return Optional.of(new FieldError(field, ErrorKeys.NUL));
        }
        if (hasUnpairedSurrogate(value)) {
            return Optional.of(new FieldError(field, ErrorKeys.UNPAIRED_SURROGATE));
        }
        if (length(value) > max) {
            return Optional.of(new FieldError(field, ErrorKeys.TOO_LONG, max));
        }
        return Optional.empty();
    }

    /** Length in characters as a person counts them (code points), not UTF-16 units. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    static boolean hasUnpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairStarts = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairStarts) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rejected input as an error message may quote it: at most {@value #ECHO_LENGTH} characters, NUL and unpaired
     * surrogates replaced by U+FFFD, so the error body itself is always valid, short text.
     */
    public static String echo(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (int count = 0; i < value.length() && count < ECHO_LENGTH; count++) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            // a lone surrogate comes back from codePointAt as itself, a value below 0x10000
            boolean unsafe = cp == 0 || cp <= Character.MAX_VALUE && Character.isSurrogate((char) cp);
            out.appendCodePoint(unsafe ? 0xFFFD : cp);
        }
        if (i < value.length()) {
            out.append('\u2026');
        }
        return out.toString();
    }
}
