package com.outcomes.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.ValidationException;

public class RequestBodiesTest {

    /** An endless body that counts what was read from it. */
    private static final class EndlessBody extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    private static InputStream bytes(byte... bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void theLimitsAreTenMegabytesOfJsonAndFiftyOfCsv() {
        assertEquals(10_000_000, RequestBodies.JSON_LIMIT);
        assertEquals(50_000_000, RequestBodies.CSV_LIMIT);
    }

    @Test
    public void aBodyOfExactlyTheLimitIsReadAndOneByteMoreIsTooLarge() {
        assertEquals("x".repeat(100), RequestBodies.text(utf8("x".repeat(100)), 100));

        RequestBodies.BodyTooLargeException e = assertThrows(RequestBodies.BodyTooLargeException.class,
                () -> RequestBodies.text(utf8("x".repeat(101)), 100));
        assertEquals(100, e.limitBytes());
    }

    @Test
    public void anOversizedBodyIsReadOnlyOneBytePastTheLimit() {
        EndlessBody body = new EndlessBody();

        assertThrows(RequestBodies.BodyTooLargeException.class, () -> RequestBodies.json(body));

        assertEquals(RequestBodies.JSON_LIMIT + 1, body.read);
    }

    @Test
    public void aLeadingByteOrderMarkIsDroppedAndOneInsideIsKept() {
        // Excel writes CSV as UTF-8 with a BOM; it used to end up in the first cell: "'\uFEFFmeasuredAt' is not a date"
        byte[] excel = "\uFEFFmeasuredAt,value\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(excel[0], excel[1], excel[2]));
        assertEquals("measuredAt,value\n", RequestBodies.csv(bytes(excel)));
        assertEquals("{}", RequestBodies.json(utf8("\uFEFF{}")));
        assertEquals("a\uFEFFb", RequestBodies.csv(utf8("a\uFEFFb")));
    }

    @Test
    public void malformedUtf8IsRefusedRatherThanReplaced() {
        // a stray Latin-1 byte, a truncated sequence, and a UTF-16 surrogate encoded as UTF-8 (CESU)
        byte[][] malformed = {{'{', (byte) 0xE9, '}'}, {'{', (byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        for (byte[] body : malformed) {
            FieldError e = assertThrows(ValidationException.class, () -> RequestBodies.json(bytes(body))).errors().get(0);
            assertEquals("body outcomes.error.notUtf8", e.field() + " " + e.messageKey());
        }
    }

    @Test
    public void noBodyIsEmptyText() {
        assertEquals("", RequestBodies.json(null));
        assertTrue(RequestBodies.csv(bytes()).isEmpty());
    }
}
