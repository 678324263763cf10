package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.preview.browser.PluginWebResources.WebResource;

/**
 * The plugin's scripts on pages built like Jira's: an almond-style AMD loader first (anonymous define() throws), test
 * doubles of the Jira web resources the descriptor depends on, then the plugin's web resources exactly as the built
 * atlassian-plugin.xml resolves them (dependencies first). The panel markup and the REST API are the preview's, which
 * serves the same templates and resources as the plugin. Screenshots land in preview/target/screenshots/.
 */
public class JiraPagesBrowserTest {

    /** What OutcomePanelContextProvider requires when its panel renders (its test pins the same key). */
    private static final String ISSUE_PANEL = "outcomes-issue-panel";
    /** The text core's trendChart puts after a canvas when window.Chart is missing. */
    private static final String FALLBACK_NOTES = "return document.querySelectorAll('canvas + p.oc-subtle').length;";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Non-transparent pixels of a canvas that Chart.js has registered a chart on (0 when none). */
    private static final String DRAWN_PIXELS = "var canvas = arguments[0];"
            + " if (!canvas || !window.Chart || !Chart.getChart(canvas)) { return 0; }"
            + " var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data, n = 0;"
            + " for (var i = 3; i < data.length; i += 4) { if (data[i] !== 0) { n++; } } return n;";
    /** The dashboard's part: build the item's AMD module with an API and render it with the given preferences. */
    private static final String RENDER_ITEM = "var prefs = arguments[0];"
            + " var api = window.outcomesTestItemApi = { resized: 0, saved: null,"
            + "   resize: function () { api.resized++; }, savePreferences: function (p) { api.saved = p; } };"
            + " require(['outcomes/dashboard-item'], function (DashboardItem) {"
            + "   new DashboardItem(api).render(document.getElementById('item'), prefs); });";

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onDemo(); // the demo portfolio, with readings

    private static JiraPageServer jira;
    private static PluginWebResources plugin;
    private static Map<String, List<String>> jiraResources;
    private static String messagesJson;

    @BeforeClass
    public static void start() throws Exception {
        // The plugin's built classes: the pom orders jira-plugin before this module and names the folder.
        Path pluginClasses = Path.of(System.getProperty("jira.plugin.classes", "../jira-plugin/target/classes"));
        plugin = PluginWebResources.read(pluginClasses);
        jira = new JiraPageServer(pluginClasses, BROWSER.host().baseUri(), "admin", "admin");
        // Jira's own web resources our descriptor depends on, played by test doubles (real jQuery).
        // AUI's look is the real one (its stylesheet from the npm package the preview serves); its scripts are doubles.
        jiraResources = Map.of(
                "com.atlassian.auiplugin:ajs", List.of("/aui/aui-prototyping.css", "/stub/ajs.js"),
                "com.atlassian.auiplugin:aui-flag", List.of("/stub/aui-flag.js"),
                "com.atlassian.plugins.jquery:jquery",
                List.of("/webjars/jquery/" + webJarVersion("jquery") + "/dist/jquery.min.js"),
                "com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path", List.of("/stub/wrm-context-path.js"),
                "com.atlassian.plugins.atlassian-plugins-webresource-rest:web-resource-manager", List.of("/stub/wrm-require.js"));
        messagesJson = script(JSON.writeValueAsString(coreMessages()));
    }

    @AfterClass
    public static void stop() {
        if (jira != null) {
            jira.close();
        }
    }

    @Test
    public void outcomePanelDrawsItsHistoryChartOnAnIssuePageWithJirasAmdLoader() throws Exception {
        // given: an issue view with what is bound to its context plus what the panel's context provider requires
        String issueKey = outcomeWithReadings();
        List<String> required = new ArrayList<>(plugin.inContext("jira.view.issue"));
        required.add(plugin.pluginKey() + ":" + ISSUE_PANEL);
        jira.page("/browse/" + issueKey, page(issueKey, required, panelMarkup(issueKey)));

        // when
        BROWSER.driver().get(jira.uri("/browse/" + issueKey).toString());
        BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired]"));
        BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-authoring='wired']")); // authoring.js, same resource
        WebElement canvas = BROWSER.waitFor(By.cssSelector("canvas[data-history-for]"));

        // then: Chart.js reached window and drew, with no fallback text and no script error
        waitUntilDrawn(canvas);
        assertEquals("function", BROWSER.js("return typeof window.Chart;"));
        assertEquals(0L, BROWSER.js(FALLBACK_NOTES));
        assertEquals(List.of(), BROWSER.js("return window.outcomesTestErrors;"));
        screenshot("jira-issue-panel");
    }

    @Test
    public void recordFormOnAJiraIssuePageRecordsAndSaysSoInTheAuiFlagItsWebResourceDeclares() throws Exception {
        // given: the issue view as in the test above; AUI's flag comes only through the descriptor's aui-flag dependency
        String issueKey = outcomeWithReadings();
        List<String> required = new ArrayList<>(plugin.inContext("jira.view.issue"));
        required.add(plugin.pluginKey() + ":" + ISSUE_PANEL);
        jira.page("/browse/" + issueKey, page(issueKey, required, panelMarkup(issueKey)));
        BROWSER.driver().get(jira.uri("/browse/" + issueKey).toString());
        WebElement panel = BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired]"));
        String metricId = panel.findElement(By.cssSelector("form.oc-record-form")).getDomAttribute("data-metric-id");
        int readings = readings(metricId);

        // when the first metric's form is opened and sent from the keyboard
        panel.findElement(By.cssSelector("[data-role='record-open']")).sendKeys(Keys.ENTER);
        BROWSER.driver().switchTo().activeElement().sendKeys("42", Keys.ENTER);

        // then the reading is stored, and after the reload AJS.flag said so, with no script error
        BROWSER.waitFor(By.cssSelector(".aui-flag"));
        assertEquals(List.of(Map.of("type", "success", "body", "Value recorded.", "close", "auto")),
                BROWSER.js("return window.outcomesTestFlags;"));
        assertEquals(readings + 1, readings(metricId));
        assertEquals(List.of(), BROWSER.js("return window.outcomesTestErrors;"));
    }

    @Test
    public void dashboardItemLoadsChartJsOnlyWhenItRendersAndThenDrawsItsCharts() throws Exception {
        // given: a dashboard with what is bound to atl.dashboard, our item not rendered yet
        jira.page("/dashboard", page("Dashboard", plugin.inContext("atl.dashboard"), "<div id=\"item\"></div>"));
        BROWSER.driver().get(jira.uri("/dashboard").toString());
        assertEquals("function", BROWSER.js("return typeof require('outcomes/dashboard-item');"));
        assertEquals("Chart.js and core's renderer are not on every dashboard", List.of("undefined", "undefined"),
                BROWSER.js("return [typeof window.Chart, typeof window.Outcomes];"));

        // when: the dashboard renders our configured item through its AMD module
        BROWSER.js(RENDER_ITEM, Map.of("isConfigured", true, "project", "OUT", "weeks", "12"));

        // then: the renderer arrived through wrm/require, loaded the REST data and drew output and outcome on one axis
        BROWSER.waitFor(By.cssSelector("#item [data-outcomes-gadget][data-loaded='true']"));
        waitUntilDrawn(BROWSER.waitFor(By.cssSelector("#item canvas[data-window-chart]")));
        assertEquals(0L, BROWSER.js(FALLBACK_NOTES));
        assertTrue(((Number) BROWSER.js("return window.outcomesTestItemApi.resized;")).intValue() >= 1);
        assertEquals(List.of(), BROWSER.js("return window.outcomesTestErrors;"));
        screenshot("jira-dashboard-item");
    }

    @Test
    public void unconfiguredDashboardItemShowsItsPreferencesFormAndSavesThem() throws Exception {
        // given
        jira.page("/dashboard", page("Dashboard", plugin.inContext("atl.dashboard"), "<div id=\"item\"></div>"));
        BROWSER.driver().get(jira.uri("/dashboard").toString());

        // when: the item has no preferences yet, so the dashboard's render shows the form (after the renderer loaded)
        BROWSER.js(RENDER_ITEM, Map.of("isConfigured", false, "project", "OUT", "weeks", "8"));
        WebElement form = BROWSER.waitFor(By.cssSelector("#item form"));
        Select weeks = new Select(form.findElement(By.name("weeks")));
        form.findElement(By.name("challenge")).sendKeys("OUT-1");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then
        assertEquals(List.of("4", "8", "12", "26"), weeks.getOptions().stream().map(o -> o.getDomAttribute("value")).toList());
        assertEquals("8", weeks.getFirstSelectedOption().getDomAttribute("value"));
        assertEquals(text("outcomes.gadget.pref.project"), form.findElement(By.cssSelector("label")).getText());
        assertEquals(Map.of("project", "OUT", "challenge", "OUT-1", "weeks", "8", "isConfigured", true),
                BROWSER.js("return window.outcomesTestItemApi.saved;"));
        assertEquals(List.of(), BROWSER.js("return window.outcomesTestErrors;"));
    }

    @Test
    public void chartJsAsItsWebJarShipsItNeverReachesWindowUnderJirasAmdLoader() throws Exception {
        // given: the control — the same loader, Chart.js's chart.umd.js without the plugin's wrapper
        String raw = "/webjars/chart.js/" + webJarVersion("chart.js") + "/dist/chart.umd.js";
        jira.page("/control", page("Control", List.of(), "<script src=\"" + raw + "\"></script>"));

        // when
        BROWSER.driver().get(jira.uri("/control").toString());

        // then: its anonymous define() is rejected, so window.Chart never exists — every chart would be text
        assertEquals("undefined", BROWSER.js("return typeof window.Chart;"));
        List<?> errors = (List<?>) BROWSER.js("return window.outcomesTestErrors;");
        assertEquals(1, errors.size());
        assertTrue(String.valueOf(errors.get(0)), String.valueOf(errors.get(0)).contains("anonymous define() rejected"));
    }

    @Test
    public void chartJsAsThePluginShipsItReachesWindowAndLeavesThePagesLoaderInPlace() throws Exception {
        // given
        jira.page("/chartjs", page("Chart.js", List.of(plugin.pluginKey() + ":chartjs"), ""));

        // when
        BROWSER.driver().get(jira.uri("/chartjs").toString());

        // then
        assertEquals("function", BROWSER.js("return typeof window.Chart;"));
        assertEquals(true, BROWSER.js("return typeof define === 'function' && !!define.amd && typeof require === 'function';"));
        assertEquals(List.of(), BROWSER.js("return window.outcomesTestErrors;"));
    }

    // ---- the page ----

    /**
     * A page as Jira's WRM would write it for the required web resources: the AMD loader first (Jira's comes with its
     * base resources), then every resource of the resolved graph in order, then the body.
     */
    private static String page(String title, List<String> required, String body) throws IOException {
        List<WebResource> resolved = plugin.resolve(required);
        Map<String, Object> graph = new TreeMap<>();
        for (String key : ourKeys()) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (WebResource resource : plugin.resolve(List.of(key))) {
                steps.add(Map.of("key", resource.key(), "urls", urls(resource)));
            }
            graph.put(key, steps);
        }
        Map<String, Boolean> loaded = new LinkedHashMap<>();
        resolved.forEach(resource -> loaded.put(resource.key(), true));

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"><title>")
                .append(title).append("</title>")
                .append("<script>window.outcomesTestErrors = []; window.addEventListener('error', function (e) {")
                .append(" window.outcomesTestErrors.push(String(e.message)); });</script>")
                .append("<script src=\"/stub/amd-loader.js\"></script>")
                .append("<script>window.outcomesTestMessages = ").append(messagesJson)
                .append("; window.outcomesTestWebResources = ").append(script(JSON.writeValueAsString(graph)))
                .append("; window.outcomesTestLoadedWebResources = ").append(script(JSON.writeValueAsString(loaded)))
                .append(";</script>");
        for (WebResource resource : resolved) {
            for (String url : urls(resource)) {
                html.append(url.endsWith(".css") ? "<link rel=\"stylesheet\" href=\"" + url + "\">"
                        : "<script src=\"" + url + "\"></script>");
            }
        }
        return html.append("</head><body>").append(body).append("</body></html>").toString();
    }

    private static List<String> ourKeys() {
        List<String> keys = new ArrayList<>();
        for (String context : List.of("atl.dashboard", "jira.view.issue")) {
            keys.addAll(plugin.inContext(context));
        }
        for (String name : List.of("chartjs", "outcomes-styles", "outcomes-common", "outcomes-gadget", ISSUE_PANEL)) {
            keys.add(plugin.pluginKey() + ":" + name);
        }
        return keys;
    }

    private static List<String> urls(WebResource resource) {
        if (resource.ours()) {
            return resource.locations().stream().map(location -> "/plugin/" + location).toList();
        }
        List<String> stub = jiraResources.get(resource.key());
        if (stub == null) {
            throw new AssertionError("the descriptor depends on " + resource.key()
                    + ": give this test a stand-in for it (src/test/resources/com/outcomes/preview/browser/jira/)");
        }
        return stub;
    }

    /** The panel as the server renders it: the preview's issue page runs core's template with the same view model. */
    private static String panelMarkup(String issueKey) throws Exception {
        HttpResponse<String> page = BROWSER.fixture().get(BROWSER.host(), "/browse/" + issueKey, "admin", "admin");
        assertEquals(200, page.statusCode());
        String html = page.body();
        int start = html.indexOf("<main class=\"oc-main\">");
        int end = html.indexOf("</main>");
        assertTrue("no <main> in the preview's issue page", start >= 0 && end > start);
        String main = html.substring(start + "<main class=\"oc-main\">".length(), end);
        assertTrue("no outcome panel on " + issueKey, main.contains("data-outcomes-panel"));
        return main;
    }

    /** How many readings (superseded ones included) the preview holds for a metric. */
    private static int readings(String metricId) throws Exception {
        return JSON.readTree(BROWSER.fixture().get(BROWSER.host(), "/rest/outcomes/1.0/metrics/" + metricId + "/readings",
                "admin", "admin").body()).size();
    }

    /** An outcome of the demo whose metric has readings, so its panel has a history chart to draw. */
    private static String outcomeWithReadings() throws Exception {
        JsonNode dashboard = JSON.readTree(BROWSER.fixture().get(BROWSER.host(), "/rest/outcomes/1.0/dashboard?project=OUT&weeks=12",
                "admin", "admin").body());
        for (JsonNode challenge : dashboard.get("challenges")) {
            for (JsonNode outcome : challenge.get("outcomes")) {
                for (JsonNode metric : outcome.get("metrics")) {
                    if (!metric.get("current").isNull()) {
                        return outcome.get("issueKey").asText();
                    }
                }
            }
        }
        throw new AssertionError("the demo portfolio has no outcome with readings");
    }

    private static Map<String, String> coreMessages() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = JiraPagesBrowserTest.class.getResourceAsStream("/com/outcomes/i18n/outcomes.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> messages = new TreeMap<>();
        bundle.stringPropertyNames().forEach(key -> messages.put(key, bundle.getProperty(key)));
        return messages;
    }

    private static String text(String key) {
        try {
            return coreMessages().get(key);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** JSON safe inside a script element. */
    private static String script(String json) {
        return json.replace("</", "<\\/");
    }

    private static String webJarVersion(String npmName) throws IOException {
        try (InputStream in = JiraPagesBrowserTest.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/" + npmName + "/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    // ---- the browser ----

    private static void waitUntilDrawn(WebElement canvas) {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20))
                .until(d -> ((Number) BROWSER.js(DRAWN_PIXELS, canvas)).intValue() > 0);
    }

    private static void screenshot(String name) throws IOException {
        BROWSER.scrollToTop();
        BROWSER.screenshotAlsoAtRoot(name);
    }
}
