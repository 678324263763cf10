package com.outcomes.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.BeforeClass;
import org.junit.Test;

import com.outcomes.domain.Status;

/** Guards the one message bundle: every key the Java code names exists, and every pattern is valid MessageFormat. */
public class BundleTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(outcomes\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
    private static Properties bundle;

    @BeforeClass
    public static void load() throws IOException {
        bundle = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/com/outcomes/i18n/outcomes.properties")) {
            bundle.load(in);
        }
    }

    @Test
    public void everyKeyNamedInMainJavaCodeExists() throws IOException {
        // given every "outcomes.…" literal in core's main sources that is a whole key (not a prefix ending in '.')
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        // then
        assertEquals("keys used in code but missing from the bundle", new TreeSet<String>(), missing);
    }

    @Test
    public void keysBuiltFromPrefixesExistForEveryValue() {
        List<String> missing = new ArrayList<>();
        for (Status s : Status.values()) {
            check("outcomes.status." + s.name(), missing);
        }
        for (String type : List.of("number", "integer", "date", "text", "boolean", "value")) {
            check("outcomes.error.type." + type, missing);
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 415}) {
            check("outcomes.error.http." + status, missing);
        }
        for (com.outcomes.domain.ReminderKind kind : com.outcomes.domain.ReminderKind.values()) {
            check("outcomes.reminder.subject." + kind.name(), missing);
            check("outcomes.reminder.body." + kind.name(), missing);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyPatternIsValidMessageFormat() {
        List<String> broken = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            try {
                new MessageFormat(bundle.getProperty(key));
            } catch (IllegalArgumentException e) {
                broken.add(key);
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    public void messagesRenderArgumentsAndNestedMessages() {
        String text = Messages.english().get("outcomes.review.sentence.moved", 12, "NPS", "41", "43",
                new com.outcomes.service.Message("outcomes.status.ON_TRACK"));
        assertEquals("12 tickets done; NPS moved 41 \u2192 43, on track.", text);
        assertTrue(Messages.english().get("outcomes.review.sentence.moved", 1, "NPS", "41", "43", "on track")
                .startsWith("1 ticket done"));
    }

    /**
     * Keys whose English text another key holds too, allowed because they differ in meaning (a translation may word
     * them apart); every other text has one key, so a change of wording is made once.
     */
    private static final Map<String, String> SAME_TEXT_ALLOWED = Map.of(
            "outcomes.jira.panel.outcome.label", "the Outcome panel's title in Jira, not a metric's kind",
            "outcomes.error.http.401", "the text for any 401 by status code, where the login's own is error.unauthorized");

    @Test
    public void noTwoKeysHoldTheSameText() {
        // given the keys grouped by their text
        Map<String, TreeSet<String>> keysByText = new TreeMap<>();
        for (String key : bundle.stringPropertyNames()) {
            keysByText.computeIfAbsent(bundle.getProperty(key), text -> new TreeSet<>()).add(key);
        }

        // when the allowed ones are set aside
        List<String> duplicates = new ArrayList<>();
        for (TreeSet<String> keys : keysByText.values()) {
            TreeSet<String> counted = new TreeSet<>(keys);
            if (keys.size() > 1) {
                counted.removeAll(SAME_TEXT_ALLOWED.keySet());
            }
            if (counted.size() > 1) {
                duplicates.add(counted.toString());
            }
        }

        // then every other text has one key
        assertEquals(List.of(), duplicates);
    }

    @Test
    public void everyKeyAllowedToShareItsTextExistsAndSharesIt() {
        for (String key : SAME_TEXT_ALLOWED.keySet()) {
            String text = bundle.getProperty(key);
            long sharing = bundle.stringPropertyNames().stream().filter(k -> bundle.getProperty(k).equals(text)).count();
            assertTrue(key + " no longer shares its text: drop it from the allow-list", sharing > 1);
        }
    }

    private static void check(String key, List<String> missing) {
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
    }
}
