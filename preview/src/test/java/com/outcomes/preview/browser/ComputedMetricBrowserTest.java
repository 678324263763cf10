package com.outcomes.preview.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Computed metrics and owners in the panel (issues 16 and 14) in a real headless Chromium against the real preview
 * (Jetty, Jersey, HSQLDB, Velocity, the preview's JQL subset over the issues document): as admin, define a computed
 * metric from the panel (a query the parser refuses shows its message under the JQL field and stores nothing), compute
 * it now and see the reading from JQL; a metric whose last computation recorded nothing shows why, refuses an owner who
 * may not browse its issue under the owner field, is repaired in its edit form and computed by the job run over HTTP,
 * then switched back to measured by hand; as viewer, owner and query
 * are shown and no control. Screenshots at 1440 and 350 px wide in preview/target/screenshots/.
 *
 * <p>The issues document has 10 stories in project OUT, 5 of them done: "done stories per story × 100" is 50.
 */
public class ComputedMetricBrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final By PANEL = AuthoringPage.PANEL;
    private static final String DONE_STORIES = "project = OUT AND issuetype = Story AND statusCategory = Done";
    private static final String STORIES = "project = OUT AND issuetype = Story";

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onIssues("authoring-issues.json", CLOCK);
    private static final AuthoringPage PAGE = new AuthoringPage(BROWSER);

    private static AuthoringRest rest;
    private static long returns;
    private static long shown;

    @BeforeClass
    public static void seed() throws Exception {
        rest = new AuthoringRest(BROWSER);
        // divided by a query that matches nothing: its computation records nothing and says why
        returns = rest.defineComputedMetric("OUT-8", "Returned stories", DONE_STORIES,
                "project = OUT AND labels = returned", 100);
        shown = rest.defineComputedMetric("OUT-9", "Stories done", DONE_STORIES, STORIES, 100);
    }

    @Test
    public void anAdminDefinesAComputedMetricFromThePanelAndComputesItNow() throws Exception {
        // given an outcome without a metric, and the define form opened from the keyboard
        WebElement panel = PAGE.open("/browse/OUT-2");
        panel.findElement(By.cssSelector("[data-role='define-metric'] [data-role='open-form']")).sendKeys(Keys.ENTER);
        WebElement form = panel.findElement(By.id("oc-define-form"));
        assertTrue(form.isDisplayed());
        assertEquals("", form.findElement(By.name("owner")).getDomProperty("value"));
        assertThat(form.findElement(By.id("oc-define-owner-hint")).getText(), containsString("Empty: you."));
        assertFalse(form.findElement(By.name("computed.jql")).isDisplayed());

        // when "Computed from JQL" is switched on with the space bar
        form.findElement(By.id("oc-define-computed")).sendKeys(Keys.SPACE);

        // then the query's fields show, scale 1 to start with
        assertTrue(form.findElement(By.name("computed.jql")).isDisplayed());
        assertEquals("1", form.findElement(By.name("computed.scale")).getDomProperty("value"));

        // when sent with a query the preview's JQL subset does not know
        PAGE.type(form, "name", "Share of stories done");
        PAGE.type(form, "unit", "%");
        PAGE.type(form, "baseline", "20");
        PAGE.type(form, "target", "80");
        PAGE.setDate(form, "targetDate", "2026-12-31");
        PAGE.type(form, "cadenceDays", "7");
        PAGE.type(form, "computed.jql", "project = OUT AND sprint in openSprints()");
        PAGE.type(form, "computed.per", STORIES);
        PAGE.type(form, "computed.scale", "100");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then the parser's message stands under the JQL field, which takes the focus, and nothing is stored
        assertThat(BROWSER.fieldMessage(form, "computed.jql").getText(),
                containsString("the field 'sprint' is not supported by the preview's JQL subset"));
        assertEquals("true", form.findElement(By.name("computed.jql")).getDomAttribute("aria-invalid"));
        assertEquals("oc-define-computed-jql", BROWSER.js("return document.activeElement.id;"));
        assertEquals(0, rest.metricsOf("OUT-2").size());
        PAGE.shots("computed-metric-error", form);

        // when the query is one it knows
        PAGE.type(form, "computed.jql", DONE_STORIES);
        panel = PAGE.submit(form, "Metric defined.");

        // then it is stored, owned by its author, computed as typed
        JsonNode stored = rest.metricsOf("OUT-2").get(0);
        long id = stored.get("id").asLong();
        assertEquals("admin", stored.get("owner").asText());
        assertEquals(DONE_STORIES, stored.get("computed").get("jql").asText());
        assertEquals(STORIES, stored.get("computed").get("per").asText());
        assertEquals(100.0, stored.get("computed").get("scale").asDouble(), 0);
        // and its card says who owns it, what it counts and when it is next counted (its start date: today)
        WebElement card = card(panel, id);
        assertEquals("Owner: admin", card.findElement(By.cssSelector("[data-role='owner']")).getText());
        assertEquals("Counts the issues matching " + DONE_STORIES + " per issue matching " + STORIES
                + ", multiplied by 100", card.findElement(By.cssSelector("[data-role='computed']")).getText());
        assertEquals("computed every 7 days from JQL \u00b7 next on 20 Nov 2026",
                card.findElement(By.cssSelector("[data-role='cadence']")).getText());

        // when "Compute now" is pressed from the keyboard
        WebElement compute = card.findElement(By.cssSelector("[data-role='compute-now']"));
        assertEquals("Compute now: Share of stories done", compute.getDomAttribute("aria-label"));
        compute.sendKeys(Keys.ENTER);
        panel = PAGE.savedPanel("Computed from JQL today: 50.");

        // then the reading from JQL is stored and on the page, recorded by the owner
        JsonNode readings = rest.readings(id);
        assertEquals(1, readings.size());
        assertEquals(50.0, readings.get(0).get("value").asDouble(), 0);
        assertEquals("jql", readings.get(0).get("source").asText());
        assertEquals("admin", readings.get(0).get("recordedBy").asText());
        card = card(panel, id);
        assertEquals("50%", card.findElement(By.cssSelector("[data-role='current']")).getText());
        card.findElement(By.cssSelector("details.oc-details summary")).click();
        WebElement row = card.findElement(By.cssSelector("table[data-role='history'] tbody tr"));
        assertThat(row.getText(), containsString("computed (source: jql)"));
        assertThat(row.getText(), containsString("admin"));
        PAGE.shots("computed-metric", card);

        // when pressed again the same day
        card.findElement(By.cssSelector("[data-role='compute-now']")).click();

        // then the refusal is said beside the button and nothing more is stored
        WebElement refusal = BROWSER.waitFor(By.cssSelector("[data-role='compute'] .oc-form-message [role='alert']"));
        assertEquals("Metric " + id + " has already been computed today.", refusal.getText());
        assertEquals(1, rest.readings(id).size());
    }

    @Test
    public void aFailedComputationIsShownThenRepairedInTheEditFormComputedByTheJobAndSwitchedOff() throws Exception {
        // given the job ran and could not divide by a query matching nothing
        JsonNode run = rest.runJob("2026-11-20");
        assertTrue(run.toString(), run.get("errors").asInt() >= 1);
        WebElement panel = PAGE.open("/browse/OUT-8");
        WebElement card = card(panel, returns);

        // then the card says why, and when, as an AUI warning
        WebElement warning = card.findElement(By.cssSelector(".aui-message.aui-message-warning[data-role='compute-error']"));
        assertThat(warning.getText(), containsString("The last computation, on 20 Nov 2026 12:00, recorded nothing"));
        assertThat(warning.getText(), containsString("The \"per\" query counted no issues"));
        assertEquals(0, rest.readings(returns).size());

        // when its edit form is opened: owner and query as stored, computing switched on
        card.findElement(By.cssSelector("[data-role='open-form'][aria-controls='oc-edit-" + returns + "-form']")).click();
        WebElement form = panel.findElement(By.id("oc-edit-" + returns + "-form"));
        assertEquals("admin", form.findElement(By.name("owner")).getDomProperty("value"));
        assertTrue(form.findElement(By.id("oc-edit-" + returns + "-computed")).isSelected());
        assertEquals(DONE_STORIES, form.findElement(By.name("computed.jql")).getDomProperty("value"));

        // when handed to a user who may not browse the outcome
        PAGE.type(form, "owner", "nobody");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then the refusal stands under the owner and the metric keeps its owner
        assertEquals("nobody may not browse this issue, so they cannot own its metric.",
                BROWSER.fieldMessage(form, "owner").getText());
        assertEquals("true", form.findElement(By.name("owner")).getDomAttribute("aria-invalid"));
        assertEquals("admin", rest.get("/rest/outcomes/1.0/metrics/" + returns).get("owner").asText());

        // when the owner is left as it was and the divisor is repaired
        PAGE.type(form, "owner", "admin");
        PAGE.type(form, "computed.per", STORIES);
        PAGE.submit(form, "Metric saved.");
        assertEquals(STORIES, rest.get("/rest/outcomes/1.0/metrics/" + returns).get("computed").get("per").asText());

        // when the job runs again over HTTP
        JsonNode second = rest.runJob("2026-11-20");

        // then it computed the metric: the reading appears on the page with source jql, the warning is gone
        assertEquals(second.toString(), 1, second.get("computed").asInt());
        JsonNode readings = rest.readings(returns);
        assertEquals(1, readings.size());
        assertEquals("jql", readings.get(0).get("source").asText());
        panel = PAGE.open("/browse/OUT-8");
        card = card(panel, returns);
        assertEquals("50%", card.findElement(By.cssSelector("[data-role='current']")).getText());
        assertTrue(card.findElements(By.cssSelector("[data-role='compute-error']")).isEmpty());

        // when computing is switched off in the edit form and saved
        card.findElement(By.cssSelector("[data-role='open-form'][aria-controls='oc-edit-" + returns + "-form']")).click();
        form = panel.findElement(By.id("oc-edit-" + returns + "-form"));
        form.findElement(By.id("oc-edit-" + returns + "-computed")).sendKeys(Keys.SPACE);
        assertFalse(form.findElement(By.name("computed.jql")).isDisplayed());
        panel = PAGE.submit(form, "Metric saved.");

        // then the metric is measured by hand again (the form sent "computed": null), its readings kept
        JsonNode metric = rest.get("/rest/outcomes/1.0/metrics/" + returns);
        assertTrue(metric.toString(), metric.get("computed").isNull());
        assertEquals("admin", metric.get("owner").asText());
        assertEquals(1, rest.readings(returns).size());
        card = card(panel, returns);
        assertTrue(card.findElements(By.cssSelector("[data-role='computed']")).isEmpty());
        assertTrue(card.findElements(By.cssSelector("[data-role='compute-now']")).isEmpty());
    }

    @Test
    public void aViewerReadsOwnerAndQueryButHasNoControl() throws Exception {
        // when
        BROWSER.openAs("viewer", "viewer", "/browse/OUT-9");
        WebElement panel = BROWSER.waitFor(PANEL);

        // then
        WebElement card = card(panel, shown);
        assertEquals("Owner: admin", card.findElement(By.cssSelector("[data-role='owner']")).getText());
        assertThat(card.findElement(By.cssSelector("[data-role='computed']")).getText(), containsString(DONE_STORIES));
        assertTrue(panel.findElements(By.cssSelector("button")).isEmpty());
        assertTrue(panel.findElements(By.cssSelector("form")).isEmpty());
        assertTrue(panel.findElements(By.cssSelector("input, select, textarea")).isEmpty());
        PAGE.shots("computed-metric-viewer", card);
    }

    // ---- helpers ----

    private static WebElement card(WebElement panel, long metricId) {
        return panel.findElement(By.cssSelector(".oc-panel-metric[data-metric-id='" + metricId + "']"));
    }
}
