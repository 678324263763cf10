package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Closing an outcome in a real headless Chromium against the real preview (Jetty, Jersey, HSQLDB, Velocity): the
 * panel's "Close outcome" form refuses a missed outcome without a learning, closes it with one, the closed outcome
 * leaves the dashboard and appears under "What we learned". Screenshots land in preview/target/screenshots/.
 */
public class LifecycleBrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** Markup in a learning is text, never HTML. */
    private static final String LEARNING = "Referrals come from <b>delivery</b>, not from the forum: "
            + "next bet is on order tracking.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onIssues("browser-issues.json", CLOCK);

    private static HttpClient http;

    @BeforeClass
    public static void seed() throws Exception {
        http = HttpClient.newHttpClient();
        long nps = define("OUT-3", "Net promoter score", 32, 50);
        reading(nps, 33, "2026-06-01");
        reading(nps, 35, "2026-10-06");
        long csat = define("OUT-2", "Customer satisfaction", 75, 90);
        reading(csat, 80, "2026-11-01");
    }

    @Test
    public void closingAnOutcomeAsMissedMovesItFromTheDashboardToWhatWeLearned() throws IOException {
        // given the outcome is on the dashboard
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"));
        assertFalse(BROWSER.driver().findElements(By.cssSelector("[data-outcome-key='OUT-3']")).isEmpty());

        // when its panel's form is sent as missed without a learning
        BROWSER.open("/browse/OUT-3");
        WebElement panel = BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired]"));
        panel.findElement(By.cssSelector("details[data-role='close'] summary")).click();
        WebElement form = panel.findElement(By.cssSelector("form.oc-close-form"));
        new Select(form.findElement(By.name("result"))).selectByValue("MISSED");
        form.findElement(By.cssSelector("[data-role='close-submit']")).click();

        // then the learning is asked for, next to its field
        WebElement learningError = BROWSER.fieldMessage(form, "learning");
        assertEquals("Say what was learned: a MISSED outcome needs a learning.", learningError.getText());
        assertEquals("true", form.findElement(By.name("learning")).getAttribute("aria-invalid"));

        // when sent with the learning
        form.findElement(By.name("learning")).sendKeys(LEARNING);
        form.findElement(By.cssSelector("[data-role='close-submit']")).click();

        // then the panel shows the closure, frozen metrics take no readings, and editors may reopen it
        WebElement closure = BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired] [data-role='closure']"));
        assertEquals("MISSED", closure.getAttribute("data-result"));
        assertTrue(closure.getText(), closure.getText().startsWith("This outcome was closed as missed."));
        assertEquals(LEARNING, closure.findElement(By.cssSelector("[data-role='learning']")).getText());
        assertTrue(closure.findElements(By.cssSelector("b")).isEmpty());
        assertFalse(closure.findElements(By.cssSelector("[data-role='reopen']")).isEmpty());
        assertTrue(BROWSER.driver().findElements(By.cssSelector("form.oc-record-form")).isEmpty());
        assertTrue(BROWSER.driver().findElements(By.cssSelector("form.oc-close-form")).isEmpty());
        // its own page still tells its output story, greyed and naming the result
        WebElement story = BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget] [data-outcome-key='OUT-3'].oc-outcome-closed"));
        BROWSER.driver().findElement(By.cssSelector("details[data-role='story'] summary")).click(); // folded in the column
        assertEquals("Outcome closed as missed on 20 Nov 2026", story.findElement(By.cssSelector("[data-role='closed']")).getText());
        screenshot("outcome-closed");

        // and it leaves the dashboard, while the open outcome stays
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector("[data-outcome-key='OUT-3']")).isEmpty());
        assertFalse(BROWSER.driver().findElements(By.cssSelector("[data-outcome-key='OUT-2']")).isEmpty());

        // and appears under "What we learned", linked from the dashboard
        BROWSER.driver().findElement(By.cssSelector("[data-role='what-we-learned']")).click();
        WebElement learned = BROWSER.waitFor(By.cssSelector("[data-outcomes-learned] li[data-outcome-key='OUT-3']"));
        assertEquals("MISSED", learned.getAttribute("data-result"));
        assertEquals(LEARNING, learned.findElement(By.cssSelector("[data-role='learning']")).getText());
        assertTrue(learned.getText(), learned.getText().contains("closed on 20 Nov 2026 by admin"));
        assertTrue(learned.getText(), learned.getText().contains("Customers recommend us"));
        assertEquals(1, BROWSER.driver().findElements(By.cssSelector("[data-outcomes-learned] li")).size());
        screenshot("what-we-learned");
    }

    private static void screenshot(String name) throws IOException {
        BROWSER.scrollToTop();
        BROWSER.screenshot(name);
    }

    private static long define(String issueKey, String name, double baseline, double target) throws Exception {
        var body = JSON.createObjectNode().put("issueKey", issueKey).put("kind", "OUTCOME").put("name", name)
                .put("unit", "").put("baseline", baseline).put("target", target).put("startDate", "2026-01-01")
                .put("targetDate", "2026-12-31").put("cadenceDays", 30).put("source", "survey");
        return post("/rest/outcomes/1.0/metrics", body.toString()).get("id").asLong();
    }

    private static void reading(long metricId, double value, String measuredAt) throws Exception {
        post("/rest/outcomes/1.0/metrics/" + metricId + "/readings",
                JSON.createObjectNode().put("value", value).put("measuredAt", measuredAt).toString());
    }

    private static JsonNode post(String path, String json) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(BROWSER.host().baseUri().resolve(path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(path + " -> " + response.body(), 201, response.statusCode());
        return JSON.readTree(response.body());
    }
}
