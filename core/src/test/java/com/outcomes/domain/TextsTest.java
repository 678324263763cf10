package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.junit.Test;

public class TextsTest {

    private static final String EMOJI = "\uD83D\uDE00";

    private static Optional<String> problemKey(String value, int max) {
        return Texts.problem("name", value, max).map(FieldError::messageKey);
    }

    @Test
    public void plainTextNullAndEmptyPass() {
        assertEquals(Optional.empty(), problemKey("Customer satisfaction \u2013 EMEA", 255));
        assertEquals(Optional.empty(), problemKey(null, 255));
        assertEquals(Optional.empty(), problemKey("", 0));
    }

    @Test
    public void nulAnywhereIsRejected() {
        assertEquals(Optional.of(ErrorKeys.NUL), problemKey("\u0000", 255));
        assertEquals(Optional.of(ErrorKeys.NUL), problemKey("CSAT\u0000 survey", 255));
    }

    @Test
    public void loneHighOrLowSurrogatesAreRejectedWhereverTheyStand() {
        for (String broken : new String[] {"\uD83D", "\uDE00", "a\uD83Db", "a\uDE00b", "end\uD83D", "\uDE00\uD83D",
                EMOJI + "\uD83D", "\uD83D\uD83D\uDE00"}) {
            assertEquals(broken.chars().mapToObj(Integer::toHexString).toList().toString(),
                    Optional.of(ErrorKeys.UNPAIRED_SURROGATE), problemKey(broken, 255));
        }
    }

    @Test
    public void pairedSurrogatesAreOneCharacterEach() {
        assertEquals(128, Texts.length(EMOJI.repeat(128)));
        assertEquals(Optional.empty(), problemKey(EMOJI.repeat(255), 255));
        assertEquals(Optional.of(ErrorKeys.TOO_LONG), problemKey(EMOJI.repeat(256), 255));
        assertEquals(Optional.of(ErrorKeys.TOO_LONG), problemKey("n".repeat(256), 255));
    }

    @Test
    public void tooLongNamesTheMaximum() {
        FieldError error = Texts.problem("unit", "u".repeat(65), 64).orElseThrow();

        assertEquals("unit", error.field());
        assertEquals(64, error.args().get(0));
    }

    @Test
    public void anEchoIsShortAndCarriesNeitherNulNorBrokenCharacters() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD" + EMOJI, Texts.echo("a\u0000b\uD83Dc\uDE00" + EMOJI));
        String echoed = Texts.echo(EMOJI.repeat(100));
        assertEquals(EMOJI.repeat(Texts.ECHO_LENGTH) + "\u2026", echoed);
        assertEquals("x".repeat(Texts.ECHO_LENGTH), Texts.echo("x".repeat(Texts.ECHO_LENGTH)));
        assertEquals("", Texts.echo(null));
    }

    @Test
    public void trimToNullStripsAndBlanksBecomeNull() {
        assertEquals("CSAT", Texts.trimToNull("\u2003 CSAT \t"));
        assertEquals(null, Texts.trimToNull("   "));
        assertTrue(Texts.hasUnpairedSurrogate("\uD800"));
        assertFalse(Texts.hasUnpairedSurrogate(EMOJI));
    }
}
