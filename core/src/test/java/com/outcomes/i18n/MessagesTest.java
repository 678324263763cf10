package com.outcomes.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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

    @Test
    public void aPatternParsedOnceFormatsEveryCallersOwnArgumentsOnManyThreadsAtOnce() throws Exception {
        // given one pattern with an argument, asked for by 8 threads with their own values
        Messages messages = Messages.english();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String issue = "OUT-" + t;
                answers.add(pool.submit(() -> {
                    boolean all = true;
                    for (int i = 0; i < 2_000; i++) {
                        all &= messages.get("outcomes.error.issueNotFound", issue)
                                .equals("Issue " + issue + " does not exist or you may not see it.");
                    }
                    return all;
                }));
            }
            // then every answer holds its own caller's value
            for (java.util.concurrent.Future<Boolean> answer : answers) {
                assertEquals(true, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void numbersFollowEachCallersLocaleWhenTwoLocalesShareTheBaseFile() {
        // given English and Canadian French callers, both reading the base file (there is no French one)
        Messages english = new Messages(Locale.ENGLISH);
        Messages french = new Messages(Locale.CANADA_FRENCH);

        // when both format the same pattern with a grouped number, English first
        String inEnglish = english.get("outcomes.reminder.body.STALE", 1234, "a", "b");
        String inFrench = french.get("outcomes.reminder.body.STALE", 1234, "a", "b");

        // then each number is written in its caller's locale, not in that of whoever parsed the pattern first
        assertTrue(inEnglish, inEnglish.startsWith("Not measured for 1,234 days"));
        String frenchNumber = java.text.NumberFormat.getIntegerInstance(Locale.CANADA_FRENCH).format(1234);
        assertTrue(inFrench, inFrench.startsWith("Not measured for " + frenchNumber + " days"));
    }

    @Test
    public void doubledApostrophesAreReadAsOneAsMessageFormatReadsThem() {
        assertEquals("'x' is not a date in the form YYYY-MM-DD.", Messages.english().get("outcomes.error.date", "x"));
    }

    @Test
    public void aTextWithoutArgumentsOrQuotesComesBackAsWritten() {
        assertEquals("Log in to see outcomes.", Messages.english().get("outcomes.error.unauthorized"));
    }
}
