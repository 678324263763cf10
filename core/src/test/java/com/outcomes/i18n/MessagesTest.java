package com.outcomes.i18n;

import static org.junit.Assert.assertEquals;

import java.util.Locale;

import org.junit.Test;

/** The one loader of the bundle: which file a language reads, and which language a client's wishes come to. */
public class MessagesTest {

    @Test
    public void aLanguageWithoutItsOwnFileReadsEnglishWhateverTheServersDefaultLocale() {
        // given a server started in German (a language the test bundle has)
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            // when a French and an English caller are answered
            String french = new Messages(Locale.FRENCH).get("outcomes.error.unauthorized");
            String english = new Messages(Locale.ENGLISH).get("outcomes.error.unauthorized");

            // then both read the base file, not the server's language
            assertEquals("Log in to see outcomes.", french);
            assertEquals("Log in to see outcomes.", english);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void aKeyTheLanguageLacksFallsBackToTheEnglishText() {
        assertEquals("Anmeldung erforderlich", new Messages(Locale.GERMAN).get("outcomes.preview.auth.required"));
        assertEquals("This field is required.", new Messages(Locale.GERMAN).get("outcomes.error.required"));
    }

    @Test
    public void theFirstWantedLanguageTheBundleHasIsChosenWithoutItsRegion() {
        assertEquals(Locale.GERMAN, Messages.firstSupported(Locale.LanguageRange.parse("fr-FR, de-CH;q=0.8, en;q=0.5")));
        assertEquals(Locale.ENGLISH, Messages.firstSupported(Locale.LanguageRange.parse("en-GB, de;q=0.9")));
    }

    @Test
    public void noWantedLanguageTheBundleHasMeansEnglish() {
        assertEquals(Locale.ENGLISH, Messages.firstSupported(Locale.LanguageRange.parse("fr, ja;q=0.5")));
        assertEquals(Locale.ENGLISH, Messages.firstSupported(Locale.LanguageRange.parse("*")));
        assertEquals("q=0 means not wanted", Locale.ENGLISH, Messages.firstSupported(Locale.LanguageRange.parse("de;q=0, fr")));
    }

    @Test
    public void followingMessagesAskTheirLanguageOnEveryLookUp() {
        Locale[] caller = {Locale.ENGLISH};
        Messages messages = Messages.following(() -> caller[0]);

        String english = messages.get("outcomes.error.unauthorized");
        caller[0] = Locale.GERMAN;
        String german = messages.get("outcomes.error.unauthorized");

        assertEquals("Log in to see outcomes.", english);
        assertEquals("Melden Sie sich an, um Outcomes zu sehen.", german);
    }
}
