package com.outcomes.jira.gadget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.shindig.common.uri.Uri;
import org.apache.shindig.gadgets.spec.GadgetSpec;
import org.apache.shindig.gadgets.spec.LocaleSpec;
import org.apache.shindig.gadgets.spec.MessageBundle;
import org.apache.shindig.gadgets.spec.ModulePrefs;
import org.apache.shindig.gadgets.spec.UserPref;
import org.apache.shindig.gadgets.spec.View;
import org.junit.BeforeClass;
import org.junit.Test;

/** The built gadget spec (filtered, from target/classes) read by Apache Shindig's OpenSocial parser. */
public class GadgetSpecTest {

    private static final String SPEC = "gadgets/outcomes-vs-output.xml";
    private static final Uri SPEC_URI =
            Uri.parse("http://jira.example.com/rest/gadgets/1.0/g/com.outcomes.outcomes-jira-plugin/" + SPEC);

    private static String xml;
    private static GadgetSpec spec;

    @BeforeClass
    public static void parse() throws Exception {
        xml = read(SPEC);
        spec = new GadgetSpec(SPEC_URI, xml);
    }

    @Test
    public void titleAndDescriptionAreTranslatedMessages() {
        ModulePrefs prefs = spec.getModulePrefs();
        assertEquals("__MSG_outcomes.gadget.title__", prefs.getTitle());
        assertEquals("__MSG_outcomes.gadget.title__", prefs.getDirectoryTitle());
        assertEquals("__MSG_outcomes.gadget.description__", prefs.getDescription());
    }

    @Test
    public void requiresTheFeaturesTheRendererUses() {
        ModulePrefs prefs = spec.getModulePrefs();
        assertTrue(prefs.getFeatures().get("dynamic-height").getRequired());
        assertTrue(prefs.getFeatures().get("views").getRequired());
        assertTrue(prefs.getFeatures().get("setprefs").getRequired());
        assertFalse(prefs.getFeatures().get("gadget-directory").getRequired());
        assertEquals("JIRA", prefs.getFeatures().get("gadget-directory").getParam("categories").trim());
    }

    @Test
    public void preferencesAreProjectChallengeWeeksAndAHiddenConfiguredFlag() {
        Map<String, UserPref> prefs = new LinkedHashMap<>(spec.getUserPrefs());
        assertEquals(new TreeSet<>(List.of("isConfigured", "project", "challenge", "weeks")), new TreeSet<>(prefs.keySet()));
        assertEquals(UserPref.DataType.HIDDEN, prefs.get("isConfigured").getDataType());
        assertEquals("false", prefs.get("isConfigured").getDefaultValue());
        assertEquals(UserPref.DataType.STRING, prefs.get("project").getDataType());
        assertEquals(UserPref.DataType.STRING, prefs.get("challenge").getDataType());

        UserPref weeks = prefs.get("weeks");
        assertEquals(UserPref.DataType.ENUM, weeks.getDataType());
        assertEquals("12", weeks.getDefaultValue());
        List<String> values = new ArrayList<>();
        for (UserPref.EnumValuePair pair : weeks.getOrderedEnumValues()) {
            values.add(pair.getValue());
        }
        assertEquals(List.of("4", "8", "12", "26"), values);
    }

    @Test
    public void contentPullsTheWebResourcesAndStartsTheAtlassianGadget() {
        // the same content serves the dashboard (profile), the maximised gadget (canvas) and home
        View view = spec.getView("profile");
        assertEquals(View.ContentType.HTML, view.getType());
        assertEquals(view.getContent(), spec.getView("canvas").getContent());
        assertEquals(view.getContent(), spec.getView("home").getContent());
        String content = view.getContent();
        assertTrue(content.contains("#requireResource(\"com.atlassian.gadgets.publisher:ajs-gadgets\")"));
        assertTrue(content.contains("#requireResource(\"com.outcomes.outcomes-jira-plugin:outcomes-gadget\")"));
        assertTrue(content.indexOf("#includeResources()") > content.lastIndexOf("#requireResource"));
        assertTrue(content.contains("AJS.Gadget({"));
        assertTrue(content.contains("OutcomesJira.gadgetView(this, baseUrl)"));
        assertTrue(content.contains("OutcomesJira.gadgetConfig(this)"));
        assertFalse("placeholders are filled at build time", xml.contains("${"));
    }

    @Test
    public void everyMessageUsedIsInTheGadgetBundleWithTheTextOfThePluginBundle() throws Exception {
        // given the gadget's message bundle, parsed by Shindig, and the plugin's i18n bundle
        LocaleSpec locale = spec.getModulePrefs().getLocales().values().iterator().next();
        assertTrue(locale.getMessages().toString().endsWith("/gadgets/i18n/ALL_ALL.xml"));
        MessageBundle bundle = new MessageBundle(locale, read("gadgets/i18n/ALL_ALL.xml"));
        Properties plugin = new Properties();
        try (InputStream in = GadgetSpecTest.class.getResourceAsStream("/com/outcomes/i18n/outcomes.properties")) {
            plugin.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }

        // then every __MSG_key__ of the spec is in it, and every text equals the plugin bundle's
        Matcher used = Pattern.compile("__MSG_([\\w.]+)__").matcher(xml);
        List<String> keys = new ArrayList<>();
        while (used.find()) {
            keys.add(used.group(1));
        }
        assertFalse(keys.isEmpty());
        for (String key : keys) {
            assertTrue("gadget bundle lacks " + key, bundle.getMessages().containsKey(key));
        }
        for (Map.Entry<String, String> message : bundle.getMessages().entrySet()) {
            assertEquals(message.getKey(), plugin.getProperty(message.getKey()), message.getValue());
        }
    }

    static String read(String resource) throws IOException {
        try (InputStream in = GadgetSpecTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
