package com.outcomes.preview.web;

import static org.junit.Assert.assertEquals;

import java.util.Locale;

import org.junit.Test;

/** Which language a request is answered in, from its Accept-Language (the test bundle has German besides English). */
public class RequestLanguageTest {

    @Test
    public void theFirstAskedLanguageTheBundleHasWins() {
        assertEquals(Locale.GERMAN, RequestLanguage.of("fr-CA, de-AT;q=0.9, en;q=0.1"));
        assertEquals(Locale.ENGLISH, RequestLanguage.of("en-US,en;q=0.9,de;q=0.8"));
    }

    @Test
    public void noHeaderAnUnknownLanguageOrAnUnreadableHeaderIsEnglish() {
        assertEquals(Locale.ENGLISH, RequestLanguage.of(null));
        assertEquals(Locale.ENGLISH, RequestLanguage.of("  "));
        assertEquals(Locale.ENGLISH, RequestLanguage.of("ja, zh;q=0.5"));
        assertEquals(Locale.ENGLISH, RequestLanguage.of("de;q=nonsense"));
    }
}
