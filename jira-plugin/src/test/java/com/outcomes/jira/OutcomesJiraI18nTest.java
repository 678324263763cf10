package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every message key the Jira surfaces use exists in the plugin's bundle ({@code com.outcomes.i18n.outcomes}):
 * the templates' {@code $i18n.getText("…")}, the gadget spec's {@code __MSG_…__} and the scripts'
 * {@code AJS.I18n.getText('…')} (the jsI18n transformer leaves a missing key as the raw key on screen).
 */
public class OutcomesJiraI18nTest {

    private static final Pattern JS_KEY = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*'([^']+)'((?:\\s*,\\s*'\\{\\d+\\}')*)\\s*\\)");
    private static final Pattern JS_CALL = Pattern.compile("AJS\\.I18n\\.getText\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*\\}");
    private static final List<String> SCRIPTS = List.of("jira/outcomes-jira.js", "jira/dashboard-item.js");

    private static Properties bundle;

    @BeforeClass
    public static void load() throws IOException {
        bundle = new Properties();
        try (InputStream in = OutcomesJiraI18nTest.class.getResourceAsStream("/com/outcomes/i18n/outcomes.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static String read(String path) throws IOException {
        try (InputStream in = OutcomesJiraI18nTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> missing(Set<String> keys) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeIf(bundle::containsKey);
        return missing;
    }

    @Test
    public void everyKeyTheTemplatesTranslateIsInTheBundle() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (String template : VelocityAllowlistTest.TEMPLATES) {
            keys.addAll(TemplateCalls.read(template).i18nKeys());
        }
        assertTrue("templates translate nothing? the key reader is broken", keys.size() > 20);
        assertEquals(Set.of(), missing(keys));
    }

    @Test
    public void everyGadgetMessageIsInTheBundle() throws Exception {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("__MSG_([\\w.]+)__").matcher(read("gadgets/outcomes-vs-output.xml"));
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertTrue(keys.contains("outcomes.gadget.title"));
        assertEquals(Set.of(), missing(keys));
    }

    @Test
    public void everyScriptMessageIsInTheBundleWithAsManyPlaceholdersAsThePattern() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String script : SCRIPTS) {
            String js = read(script);
            int calls = 0;
            Matcher call = JS_CALL.matcher(js);
            while (call.find()) {
                calls++;
            }
            int literalCalls = 0;
            Matcher m = JS_KEY.matcher(js);
            while (m.find()) {
                literalCalls++;
                String key = m.group(1);
                String pattern = bundle.getProperty(key);
                if (pattern == null) {
                    problems.add(script + ": " + key + " is not in the bundle");
                    continue;
                }
                int passed = m.group(2).isEmpty() ? 0 : m.group(2).split(",").length - 1;
                int needed = 0;
                Matcher p = PLACEHOLDER.matcher(pattern);
                while (p.find()) {
                    needed = Math.max(needed, Integer.parseInt(p.group(1)) + 1);
                }
                if (passed != needed) {
                    problems.add(script + ": " + key + " passes " + passed + " placeholders, the pattern has " + needed);
                }
            }
            // jsI18n replaces only literal calls: a computed key would reach the browser untranslated
            if (literalCalls != calls) {
                problems.add(script + ": " + (calls - literalCalls) + " AJS.I18n.getText call(s) without a literal key");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void jiraGlueTranslatesExactlyTheBrowserMessagesOfTheBundle() throws Exception {
        // core's scripts read every outcomes.js.* message; outcomes-jira.js is where Jira supplies them
        Set<String> glue = new TreeSet<>();
        Matcher m = JS_KEY.matcher(read("jira/outcomes-jira.js"));
        while (m.find()) {
            if (m.group(1).startsWith("outcomes.js.")) {
                glue.add(m.group(1));
            }
        }
        Set<String> browser = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("outcomes.js.")) {
                browser.add(key);
            }
        }
        assertEquals(browser, glue);
    }
}
