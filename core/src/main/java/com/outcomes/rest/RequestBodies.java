package com.outcomes.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;

/**
 * Reads request bodies for the resources, in core so that Jira and the preview enforce the same limits (DESIGN §5):
 * at most {@link #JSON_LIMIT} bytes of JSON and {@link #CSV_LIMIT} bytes of CSV, else 413 — read only one byte past
 * the limit, never the whole body; UTF-8 only, strictly (a malformed byte is a 400, not a silent U+FFFD); a leading
 * byte order mark, as Excel writes it, is dropped.
 */
public final class RequestBodies {

    public static final int JSON_LIMIT = 10_000_000;
    public static final int CSV_LIMIT = 50_000_000;

    private RequestBodies() {
    }

    public static String json(InputStream body) {
        return text(body, JSON_LIMIT);
    }

    public static String csv(InputStream body) {
        return text(body, CSV_LIMIT);
    }

    static String text(InputStream body, int limit) {
        if (body == null) {
            return "";
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
        if (bytes.length > limit) {
            throw new BodyTooLargeException(limit);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException(new FieldError("body", "outcomes.error.notUtf8"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A body over its limit: answered 413 with the JSON error body. */
    public static final class BodyTooLargeException extends RuntimeException {

        private final int limitBytes;

        BodyTooLargeException(int limitBytes) {
            super("request body over " + limitBytes + " bytes");
            this.limitBytes = limitBytes;
        }

        public int limitBytes() {
            return limitBytes;
        }
    }
}
