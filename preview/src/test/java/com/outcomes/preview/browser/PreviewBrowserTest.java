package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gadget, the outcome panel and the sprint review in a real headless Chromium against the real
 * preview (Jetty, Jersey, HSQLDB, Velocity) started in-process on a known issues document, with
 * metrics seeded through the REST API. Screenshots land in preview/target/screenshots/.
 */
public class PreviewBrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String XSS_NAME = "<img src=x onerror=\"window.__xss=1;alert(1)\">";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onIssues("browser-issues.json", CLOCK);

    private static HttpClient http;
    private static long checkoutMetric;

    /** What a team would have entered: outcome metrics with months of readings, an indicator, a stale one. */
    @BeforeClass
    public static void seed() throws Exception {
        http = HttpClient.newHttpClient();
        long csat = define("OUT-2", "OUTCOME", "Customer satisfaction", "%", 75, 90, 30, null);
        reading(csat, 76, "2026-03-01");
        reading(csat, 79, "2026-06-01");
        reading(csat, 81, "2026-09-01");
        long typo = reading(csat, 28, "2026-11-10", null);
        reading(csat, 82, "2026-11-10", typo); // the correction: 28 was a typo, it stays in history struck through
        long fcr = define("OUT-2", "LEADING", "First-contact resolution rate", "%", 55, 75, 7, csat);
        reading(fcr, 58, "2026-10-19");
        reading(fcr, 61, "2026-11-16");
        long nps = define("OUT-3", "OUTCOME", "Net promoter score", "", 32, 50, 30, null);
        reading(nps, 33, "2026-06-01");
        reading(nps, 34, "2026-10-06"); // 45 days before TODAY, cadence 30: running blind
        long xss = define("OUT-4", "OUTCOME", XSS_NAME, "", 10, 20, 30, null);
        reading(xss, 12, "2026-11-01");
        checkoutMetric = define("OUT-5", "OUTCOME", "Checkout conversion", "%", 2, 4, 30, null);
        reading(checkoutMetric, 2.5, "2026-11-01");
    }

    @Test
    public void dashboardShowsEveryOutcomeWithItsNumbersStaleAlertAndOutputBars() throws IOException {
        // when
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"));
        BROWSER.waitFor(By.cssSelector("[data-window-chart]"));

        // then every outcome of the challenge is there, with its statement, value and status
        for (String key : List.of("OUT-2", "OUT-3", "OUT-4", "OUT-5")) {
            assertFalse(key, BROWSER.driver().findElements(By.cssSelector("[data-outcome-key='" + key + "']")).isEmpty());
        }
        WebElement csat = outcome("OUT-2");
        assertEquals("Customer satisfaction: 75% \u2192 90% by 31 Dec 2026", csat.findElement(By.cssSelector(".oc-statement")).getText());
        assertEquals("82%", csat.findElement(By.cssSelector("[data-role='current']")).getText());
        assertEquals("OFF TRACK", csat.findElement(By.cssSelector(".oc-now [data-role='status']")).getText());
        assertTrue(csat.findElement(By.cssSelector(".oc-progress-caption")).getText().startsWith("47% of the way"));
        assertEquals("61%", csat.findElement(By.cssSelector(".oc-indicator .oc-indicator-value")).getText());

        // and the stale outcome says so loudly
        assertEquals("Not measured for 45 days \u2014 running blind",
                outcome("OUT-3").findElement(By.cssSelector("[data-role='stale']")).getText());

        // and beside the outcome, its output: 6 of the epic's 7 done issues fall in the 12-week window
        assertEquals("6", csat.findElement(By.cssSelector("[data-role='done-in-window']")).getText());
        assertEquals("7 / 8 done", csat.findElement(By.cssSelector("[data-epic-key='OUT-10'] [data-role='epic-done']")).getText());
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20)).until(d -> BROWSER.js(
                "var c = Chart.getChart(arguments[0].querySelector('[data-window-chart]')); return !!c && c.data.datasets.length > 1;", csat));
        Object bars = BROWSER.js("var c = Chart.getChart(arguments[0].querySelector('[data-window-chart]'));"
                + "return c.data.datasets[0].data.length + ':' + c.data.datasets[0].data.reduce(function(a,b){return a+b.y;},0);", csat);
        assertEquals("12:6", bars);
        screenshot("dashboard");
    }

    @Test
    public void metricNamedLikeMarkupRendersAsTextAndRunsNothing() {
        // when
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"));

        // then
        WebElement row = outcome("OUT-4");
        assertTrue(row.findElement(By.cssSelector(".oc-statement")).getText().startsWith(XSS_NAME + ": 10 \u2192 20"));
        assertEquals(XSS_NAME, row.findElement(By.cssSelector(".oc-outcome-header span")).getText());
        assertTrue(BROWSER.driver().findElements(By.cssSelector("[data-outcomes-gadget] img")).isEmpty());
        assertEquals(null, BROWSER.js("return window.__xss === undefined ? null : window.__xss;"));
        assertNoAlert();

        // and the server-rendered panel escapes it too
        BROWSER.open("/browse/OUT-4");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired]"));
        assertTrue(BROWSER.driver().findElement(By.cssSelector(".oc-statement")).getText().startsWith(XSS_NAME));
        assertEquals(XSS_NAME, BROWSER.driver().findElement(By.cssSelector("[data-role='issue-summary']")).getText());
        assertTrue(BROWSER.driver().findElements(By.cssSelector("main img")).isEmpty());
        assertEquals(null, BROWSER.js("return window.__xss === undefined ? null : window.__xss;"));
        assertNoAlert();
    }

    @Test
    public void outcomePanelShowsHistoryWithCorrectionsIndicatorsAndEpics() throws IOException {
        // when
        BROWSER.open("/browse/OUT-2");
        WebElement panel = BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired]"));
        BROWSER.waitFor(By.cssSelector("[data-metric-id] .oc-progress-fill"));
        panel.findElement(By.cssSelector("details.oc-details summary")).click();

        // then
        assertEquals("Customers get answers fast", BROWSER.driver().findElement(By.cssSelector("[data-role='issue-summary']")).getText());
        assertEquals("82%", panel.findElement(By.cssSelector("[data-role='current']")).getText());
        WebElement struck = panel.findElement(By.cssSelector("[data-role='history'] tr.oc-superseded"));
        assertEquals("28%", struck.findElement(By.cssSelector("td.oc-num s")).getText());
        assertEquals("admin", struck.findElements(By.tagName("td")).get(3).getText());
        assertEquals(5, panel.findElements(By.cssSelector("[data-role='history']")).get(0)
                .findElements(By.cssSelector("tbody tr")).size());
        assertTrue(panel.getText().contains("First-contact resolution rate: 55% \u2192 75% by 31 Dec 2026"));
        assertEquals("7 / 8 done", panel.findElement(By.cssSelector("[data-epic-key='OUT-10'] [data-role='epic-done']")).getText());
        Object drawn = BROWSER.js("return Chart.getChart(document.querySelector('[data-history-for]')) ? 'chart' : 'none';");
        assertEquals("chart", drawn);
        screenshot("outcome-panel");
    }

    @Test
    public void recordingAValueThroughThePanelUpdatesTheStatus() throws IOException {
        // given
        BROWSER.open("/browse/OUT-5");
        WebElement form = BROWSER.waitFor(By.cssSelector("form.oc-record-form[data-metric-id='" + checkoutMetric + "']"));
        assertEquals("OFF TRACK", BROWSER.driver().findElement(By.cssSelector("[data-role='status']")).getText());

        // when
        BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired] [data-role='record-open']")).click();
        form.findElement(By.name("value")).sendKeys("4");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then the page refreshes with the server's new status and the reading on top of the history
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-role='status']"), "ACHIEVED"));
        assertEquals("4%", BROWSER.driver().findElement(By.cssSelector("[data-role='current']")).getText());
        assertEquals(2, BROWSER.driver().findElements(By.cssSelector("[data-role='history'] tbody tr")).size());
    }

    @Test
    public void invalidInputShowsTheApiFieldMessageNextToTheInput() {
        // given
        BROWSER.open("/browse/OUT-5");
        WebElement form = BROWSER.waitFor(By.cssSelector("form.oc-record-form"));
        String before = BROWSER.driver().findElement(By.cssSelector("[data-role='status']")).getText();

        // when
        BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired] [data-role='record-open']")).click();
        form.findElement(By.name("value")).sendKeys("lots");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then
        WebElement message = BROWSER.fieldMessage(form, "value");
        assertFalse(message.getText().isBlank());
        assertEquals("true", form.findElement(By.name("value")).getDomAttribute("aria-invalid"));
        assertEquals(before, BROWSER.driver().findElement(By.cssSelector("[data-role='status']")).getText());
    }

    @Test
    public void sprintReviewReadsEachTouchedOutcomeAloud() throws IOException {
        // when the user follows the dashboard's link to the sprint's review
        BROWSER.open("/dashboard?project=OUT");
        BROWSER.waitFor(By.cssSelector(".oc-sprint-links a[href='/sprints/7']")).click();
        WebElement review = BROWSER.waitFor(By.cssSelector("[data-outcomes-sprint-review]"));

        // then
        WebElement csat = review.findElement(By.cssSelector("[data-outcome-key='OUT-2']"));
        String sentence = csat.findElement(By.cssSelector("[data-role='sentence']")).getText();
        assertTrue(sentence, sentence.startsWith("3 tickets done; Customer satisfaction"));
        assertEquals("4", review.findElement(By.cssSelector("[data-role='done-in-sprint']")).getText()); // OUT-19 is in no epic
        screenshot("sprint-review");
    }

    @Test
    public void issueTheUserMayNotSeeIsNotFound() throws Exception {
        // when
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/browse/NOPE-1"))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertEquals(404, page.statusCode());
        assertNotEquals(-1, page.body().indexOf("NOPE-1 does not exist or you may not see it."));
    }

    // ---- issue 15: the executive story without dead ends ----

    @Test
    public void dashboardDrawsOutputAndOutcomeOnOneTimeAxisAndSaysWhatTheWindowCovers() throws IOException {
        // when
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"));
        WebElement csat = outcome("OUT-2");
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20)).until(d -> BROWSER.js(
                "var c = Chart.getChart(arguments[0].querySelector('[data-window-chart]')); return !!c && c.data.datasets.length > 2;", csat));

        // then the bars and the readings share one x axis spanning exactly the window (Mon 31 Aug .. asOf 20 Nov)
        long windowStart = LocalDate.of(2026, 8, 31).toEpochDay();
        long asOf = TODAY.toEpochDay();
        Object axis = BROWSER.js("var c = Chart.getChart(arguments[0].querySelector('[data-window-chart]'));"
                + "var xs = []; c.data.datasets[1].data.forEach(function (p) { xs.push(p.x); });"
                + "var plan = c.data.datasets[2].data;"
                + "return [c.scales.x.min, c.scales.x.max, Math.min.apply(null, xs), Math.max.apply(null, xs),"
                + " plan[0].x, plan[plan.length - 1].x, c.data.datasets[0].yAxisID, c.data.datasets[1].yAxisID].join(',');", csat);
        assertEquals(windowStart + "," + asOf + "," + windowStart + "," + LocalDate.of(2026, 11, 10).toEpochDay() + ","
                + windowStart + "," + asOf + ",done,value", axis);
        assertEquals("The last 12 weeks: 31 Aug 2026 to 20 Nov 2026. Output and outcome share this time axis; "
                + "signals judge this window only.", BROWSER.driver().findElement(By.cssSelector("[data-role='window']")).getText());

        // and the absent output-without-outcome signal is explained
        assertEquals("Not checked for output without outcome: 6 tickets done in these 12 weeks, and the check needs at least 10.",
                csat.findElement(By.cssSelector("[data-note='OUTPUT_WITHOUT_OUTCOME']")).getText());

        // and the epic key is a link to the epic
        assertTrue(csat.findElement(By.cssSelector("[data-epic-key='OUT-10'] a.oc-key")).getAttribute("href").endsWith("/browse/OUT-10"));
        assertEquals("measured every 30 days \u00b7 next due 10 Dec 2026 \u00b7 Source: survey",
                csat.findElement(By.cssSelector(".oc-outcome-side [data-role='cadence']")).getText());
        // and the browser writes dates in the server's one format for the locale (no "Sept" beside "Sep")
        assertEquals("27 Sep 2026", BROWSER.js("return Outcomes.date('2026-09-27');"));
        screenshot("issue15-dashboard");
    }

    @Test
    public void unknownProjectSaysSoInsteadOfShowingAnotherProject() {
        // when
        BROWSER.open("/dashboard?project=NOPE");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='error']"));

        // then
        assertEquals("Project NOPE does not exist or you may not see it.",
                BROWSER.driver().findElement(By.cssSelector("[data-outcomes-gadget] .aui-message-error")).getText());
        assertEquals("NOPE (unknown or not visible)",
                new org.openqa.selenium.support.ui.Select(BROWSER.driver().findElement(By.id("pref-project"))).getFirstSelectedOption().getText());
    }

    @Test
    public void outcomePageLinksUpToItsChallengeAndShowsTheDashboardsOutputStory() throws IOException {
        // when
        BROWSER.open("/browse/OUT-2");
        WebElement story = BROWSER.waitFor(By.cssSelector(".oc-story[data-loaded='true']"));
        BROWSER.driver().findElement(By.cssSelector("details[data-role='story'] summary")).click(); // folded in the column
        // the story's chart is drawn once it nears the viewport (readings are fetched lazily): scroll to it as a reader would
        BROWSER.js("arguments[0].scrollIntoView({block: 'start'});", story);
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20)).until(d -> BROWSER.js(
                "var c = Chart.getChart(arguments[0].querySelector('[data-window-chart]')); return !!c && c.data.datasets.length > 2;", story));

        // then the way up
        WebElement up = BROWSER.driver().findElement(By.cssSelector("[data-role='challenge'] a"));
        assertEquals("OUT-1", up.getText());
        assertTrue(up.getAttribute("href").endsWith("/browse/OUT-1"));
        // and the dashboard's row for this outcome: output, notes and the one-axis chart
        WebElement row = story.findElement(By.cssSelector("[data-outcome-key='OUT-2']"));
        assertEquals("6", row.findElement(By.cssSelector("[data-role='done-in-window']")).getText());
        assertFalse(row.findElements(By.cssSelector("[data-note='OUTPUT_WITHOUT_OUTCOME']")).isEmpty());
        assertEquals(1, BROWSER.driver().findElements(By.cssSelector("article.oc-outcome")).size());
        // and the record form names the unit
        assertEquals("Value (%)", BROWSER.driver().findElement(By.cssSelector("form.oc-record-form label")).getAttribute("textContent"));
        BROWSER.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 3200)); // the whole page, story included
        try {
            screenshot("issue15-outcome-page");
        } finally {
            BROWSER.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
        }
    }

    @Test
    public void challengePageListsItsOutcomesAsLinks() {
        // when
        BROWSER.open("/browse/OUT-1");
        WebElement list = BROWSER.waitFor(By.cssSelector("[data-role='outcomes']"));

        // then
        List<String> keys = list.findElements(By.cssSelector("li a.oc-key")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("OUT-2", "OUT-3", "OUT-4", "OUT-5"), keys);
        assertTrue(list.findElement(By.cssSelector("a.oc-key")).getAttribute("href").endsWith("/browse/OUT-2"));
    }

    @Test
    public void sprintReviewLinksItsEpicsColoursByGoodDirectionAndStepsBetweenSprints() throws IOException {
        // when
        BROWSER.open("/sprints/7");
        WebElement review = BROWSER.waitFor(By.cssSelector("[data-outcomes-sprint-review]"));

        // then the epic worked on is a link, and CSAT's rise towards its target reads as better
        WebElement csat = review.findElement(By.cssSelector("[data-outcome-key='OUT-2']"));
        assertTrue(csat.findElement(By.cssSelector("[data-role='done-in'] a[data-epic-key='OUT-10']"))
                .getAttribute("href").endsWith("/browse/OUT-10"));
        WebElement change = csat.findElement(By.cssSelector("td[data-role='change']"));
        assertTrue(change.getAttribute("class"), change.getAttribute("class").contains("oc-move-better"));
        assertEquals("better", change.findElement(By.cssSelector(".oc-move-word")).getText());
        // and previous / next sprints and a picker of every sprint are there
        assertTrue(BROWSER.driver().findElement(By.cssSelector("[data-role='sprint-prev']")).getAttribute("href").endsWith("/sprints/6"));
        assertTrue(BROWSER.driver().findElement(By.cssSelector("[data-role='sprint-next']")).getAttribute("href").endsWith("/sprints/8"));
        screenshot("issue15-sprint-review");

        // when the user picks another sprint
        new org.openqa.selenium.support.ui.Select(BROWSER.driver().findElement(By.id("sprint-picker"))).selectByVisibleText("Sprint 6");
        BROWSER.driver().findElement(By.cssSelector(".oc-sprint-picker button")).click();

        // then
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sprints/6"));
        assertTrue(BROWSER.driver().findElement(By.tagName("h1")).getText().contains("Sprint 6"));
    }

    // ---- helpers ----

    private static WebElement outcome(String key) {
        return BROWSER.driver().findElement(By.cssSelector("[data-outcome-key='" + key + "']"));
    }

    private static void assertNoAlert() {
        try {
            BROWSER.driver().switchTo().alert();
            throw new AssertionError("an alert fired: script from data ran");
        } catch (NoAlertPresentException expected) {
            // the only acceptable outcome
        }
    }

    private static void screenshot(String name) throws IOException {
        BROWSER.scrollToTop();
        BROWSER.screenshotAlsoAtRoot(name);
    }

    private static URI url(String path) {
        return BROWSER.host().baseUri().resolve(path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    }

    private static long define(String issueKey, String kind, String name, String unit, double baseline, double target,
                               int cadenceDays, Long parent) throws Exception {
        var body = JSON.createObjectNode().put("issueKey", issueKey).put("kind", kind).put("name", name).put("unit", unit)
                .put("baseline", baseline).put("target", target).put("startDate", "2026-01-01")
                .put("targetDate", "2026-12-31").put("cadenceDays", cadenceDays).put("source", "survey");
        if (parent != null) {
            body.put("parentMetricId", parent);
        }
        return post("/rest/outcomes/1.0/metrics", body.toString()).get("id").asLong();
    }

    private static void reading(long metricId, double value, String measuredAt) throws Exception {
        reading(metricId, value, measuredAt, null);
    }

    private static long reading(long metricId, double value, String measuredAt, Long supersedes) throws Exception {
        var body = JSON.createObjectNode().put("value", value).put("measuredAt", measuredAt).put("note", "survey");
        if (supersedes != null) {
            body.put("supersedes", supersedes);
        }
        return post("/rest/outcomes/1.0/metrics/" + metricId + "/readings", body.toString()).get("id").asLong();
    }

    private static JsonNode post(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(path))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(path + " -> " + response.body(), 201, response.statusCode());
        return JSON.readTree(response.body());
    }
}
