package com.outcomes.view;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.is;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

public class I18nTest {

    private final I18n i18n = I18n.english();

    @Test
    public void fillsArgumentsIntoTheMessage() {
        assertEquals("measured 12 Nov 2026", i18n.getText("outcomes.panel.measuredOn", "12 Nov 2026"));
    }

    @Test
    public void missingKeyShowsTheKeyInsteadOfFailing() {
        assertEquals("outcomes.nope", i18n.getText("outcomes.nope"));
    }

    @Test
    public void textHtmlEscapesTheMessageOnce() {
        // given a message with an apostrophe and a bundle whose texts hold markup characters
        I18n hostile = HostileText.i18n();

        // when
        String jiraPicker = i18n.textHtml("outcomes.jira.review.pick.intro");
        String title = hostile.textHtml("outcomes.panel.history");

        // then
        assertThat(jiraPicker, containsString("the board&#39;s sprint report"));
        assertEquals("History" + Html.escape(HostileText.I18N_SUFFIX), title);
    }

    @Test
    public void textHtmlInsertsHtmlArgumentsAsTheyAreAndFormatsNumbers() {
        // given arguments as a template passes them: a view model's escaped text, and numbers
        String nameHtml = Html.escape("R&D <b>");

        // when
        String label = i18n.textHtml("outcomes.panel.chart.label", nameHtml);
        String done = i18n.textHtml("outcomes.panel.epics.done", 1234, 5678);

        // then the argument is not escaped a second time
        assertEquals("History of R&amp;D &lt;b&gt;", label);
        assertEquals("1,234 / 5,678 done", done);
    }

    @Test
    public void textHtmlNeverRescansAnArgumentForPlaceholders() {
        // given escaped text that happens to look like the marker of another argument
        String tricky = "\uE0001\uE001";

        // when
        String html = i18n.textHtml("outcomes.panel.statement", tricky, "a", "b", "c");

        // then it is inserted verbatim, not replaced by argument 1
        assertEquals(tricky + ": a \u2192 b by c", html);
    }

    @Test
    public void browserMessagesAreTheJsKeysWithoutPrefix() {
        // when
        String json = i18n.jsMessagesJson();

        // then
        assertThat(json, containsString("\"chart.unavailable\":\"The chart library did not load; the numbers above are current.\""));
        assertThat(json, not(containsString("outcomes.panel")));
    }

    @Test
    public void everyKeyUsedByTemplatesExistsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(I18n.BUNDLE);
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (String template : List.of("outcome-panel.vm", "metric-card.vm", "dashboard.vm", "dashboard-outcome.vm",
                "epic-panel.vm", "sprint-review.vm")) {
            String text = resource("templates/" + template);
            // templates translate only through textHtml: getText's raw text would print differently in Jira
            assertThat(template, text, not(containsString("getText(")));
            Matcher m = Pattern.compile("\\$i18n\\.textHtml\\([\"']([^\"']+)[\"']").matcher(text);
            while (m.find()) {
                found++;
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(template + ": " + m.group(1));
                }
            }
        }
        assertTrue("the scan found no keys at all", found > 20);
        assertThat(missing.toString(), missing.isEmpty(), is(true));
    }

    @Test
    public void everyKeyUsedByTheBrowserScriptsExistsUnderTheJsPrefix() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(I18n.BUNDLE);
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (String script : List.of("outcomes-common.js", "gadget.js", "issue-panel.js", "authoring.js", "calibration.js")) {
            Matcher m = Pattern.compile("O(?:utcomes)?\\.(?:html|text)\\('([^']+)'|\\b(?:html|text)\\('([^']+)'")
                    .matcher(resource("web/" + script));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                found++;
                if (key.endsWith(".")) {
                    // a family completed at run time ('status.' + code): every member must exist
                    Class<? extends Enum<?>> family = key.equals("status.")
                            ? com.outcomes.domain.Status.class : com.outcomes.domain.MetricKind.class;
                    for (Enum<?> member : family.getEnumConstants()) {
                        if (!bundle.containsKey(I18n.JS_PREFIX + key + member.name())) {
                            missing.add(script + ": " + key + member.name());
                        }
                    }
                } else if (!bundle.containsKey(I18n.JS_PREFIX + key)) {
                    missing.add(script + ": " + key);
                }
            }
        }
        // the scripts say only what enhancing needs (loading, errors, chart legends); the server says everything else
        assertTrue("the scan found no keys at all", found > 10);
        assertThat(missing.toString(), missing.isEmpty(), is(true));
    }

    @Test
    public void everyBrowserMessageIsStillSaidByAScriptOrTheDateFormat() throws IOException {
        // given what the scripts ask for
        StringBuilder scripts = new StringBuilder();
        for (String script : List.of("outcomes-common.js", "gadget.js", "issue-panel.js", "authoring.js", "calibration.js")) {
            scripts.append(resource("web/" + script));
        }
        // when every outcomes.js.* key is looked for in them ("date" and "date.months" are the server's dates too)
        List<String> unused = new ArrayList<>();
        for (String key : java.util.Collections.list(ResourceBundle.getBundle(I18n.BUNDLE).getKeys())) {
            String name = key.startsWith(I18n.JS_PREFIX) ? key.substring(I18n.JS_PREFIX.length()) : null;
            if (name != null && !scripts.toString().contains("'" + name + "'")) {
                unused.add(key);
            }
        }
        // then none is sent to the browser for nothing
        assertEquals(List.of(), unused);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = I18nTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
