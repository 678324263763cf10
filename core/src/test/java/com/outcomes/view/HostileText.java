package com.outcomes.view;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that breaks pages which escape it zero times or twice, and the checks that it was escaped exactly once.
 * Shared with the plugin's tests through core's test-jar.
 */
public final class HostileText {

    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String ATTRIBUTE_BREAK = "\"'><img src=x onerror=alert(1)>";
    /** What every message of {@link #i18n()} ends with, as formatted (the pattern writes the apostrophe as ''). */
    public static final String I18N_SUFFIX = " R&D <i>'\"";

    private static final StrictVelocity PLAIN = new StrictVelocity();
    private static final StrictVelocity JIRA = StrictVelocity.escapingLikeJira();
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("(?i)[\\s/]on\\w*\\s*=");

    private HostileText() {
    }

    /** Text for one field: the field's name first, so the page shows where each value went, then the payloads. */
    public static String in(String field) {
        return field + " R&D " + SCRIPT + " " + ATTRIBUTE_BREAK;
    }

    /** {@link #in} as a page must show it: escaped once. */
    public static String shown(String field) {
        return Html.escape(in(field));
    }

    /** English messages, each ending in {@link #I18N_SUFFIX}: template texts must be escaped like any other. */
    public static I18n i18n() {
        ResourceBundle english = ResourceBundle.getBundle(I18n.BUNDLE, Locale.ENGLISH);
        return new I18n(Locale.ENGLISH, new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return english.getString(key) + I18N_SUFFIX.replace("'", "''");
            }

            @Override
            public Enumeration<String> getKeys() {
                return english.getKeys();
            }
        });
    }

    /**
     * Renders a template plainly (the preview) and with Jira's automatic escaping, checks that both print the same,
     * that hostile text is escaped once and that {@link #i18n()}'s messages are on the page; returns the page.
     */
    public static String renderBothWays(String templatePath, Map<String, Object> context) {
        String plain = PLAIN.render(templatePath, context);
        assertEquals(plain, JIRA.render(templatePath, context));
        assertEscapedOnce(plain);
        assertThat(plain, containsString(Html.escape(I18N_SUFFIX)));
        return plain;
    }

    /**
     * The page holds hostile text escaped exactly once: the escaped payloads are there; nothing is escaped twice
     * ({@code &amp;amp;}, {@code &amp;lt;}…); no payload became an element or an event-handler attribute.
     */
    public static void assertEscapedOnce(String html) {
        assertThat(html, containsString("R&amp;D"));
        assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(html, containsString("&#34;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        for (String twice : new String[] {"&amp;amp;", "&amp;lt;", "&amp;gt;", "&amp;quot;", "&amp;#34;", "&amp;#39;"}) {
            assertThat(html, not(containsString(twice)));
        }
        for (String element : new String[] {"<script", "<img", "<i>"}) {
            assertThat(html, not(containsString(element)));
        }
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String attributes = QUOTED.matcher(tags.group()).replaceAll("\"\"");
            assertFalse("event handler attribute in " + tags.group(), EVENT_ATTRIBUTE.matcher(attributes).find());
            assertEquals("stray quote in " + tags.group(), 0, attributes.replace("\"\"", "").chars()
                    .filter(c -> c == '"' || c == '\'').count());
        }
    }
}
