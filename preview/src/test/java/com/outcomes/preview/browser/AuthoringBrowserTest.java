package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Authoring on the Outcome panel (issue 14) in a real headless Chromium against the real preview (Jetty, Jersey,
 * HSQLDB, Velocity): define and edit a metric, correct a reading, import a CSV and set RICE, each as admin (the form
 * appears, a bad value shows the API's message under its field and stores nothing — checked over REST — and a good
 * one stores and the page shows the new state) and as viewer (no control at all); and one journey from "no metric"
 * to prioritised epics on one page. Screenshots at 1440 and 350 px wide in preview/target/screenshots/.
 */
public class AuthoringBrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final By PANEL = AuthoringPage.PANEL;
    private static final String CORRECTED = "Correction saved; the original stays in the history, struck through.";

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onIssues("authoring-issues.json", CLOCK);
    private static final AuthoringPage PAGE = new AuthoringPage(BROWSER);

    private static AuthoringRest rest;
    private static long nps;
    private static long npsLatest;
    private static long sellers;
    private static long onTime;
    private static long costs;

    @BeforeClass
    public static void seed() throws Exception {
        rest = new AuthoringRest(BROWSER);
        nps = rest.defineOutcomeMetric("OUT-3", "Net promoter score", 32, 50);
        rest.record(nps, 33, "2026-06-01");
        npsLatest = rest.record(nps, 35, "2026-10-06");
        sellers = rest.defineOutcomeMetric("OUT-5", "Active sellers", 1200, 1500);
        onTime = rest.defineOutcomeMetric("OUT-6", "Orders on time", 88, 95);
        costs = rest.defineOutcomeMetric("OUT-9", "Support cost per order", 4.2, 3);
        long returns = rest.defineOutcomeMetric("OUT-8", "Return rate", 12, 8);
        rest.record(returns, 11, "2026-11-01");
        rest.rice("OUT-8", "OUT-40", 400, 1, 0.5, 2);
    }

    // ---- 1. define and edit a metric ----

    @Test
    public void anEditorDefinesAMetricWhereThereIsNoneAndABadNumberIsRefusedUnderItsField() throws Exception {
        // given an outcome without a metric
        WebElement panel = PAGE.open("/browse/OUT-4");
        assertFalse(panel.findElements(By.cssSelector("[data-role='no-metrics']")).isEmpty());
        WebElement form = panel.findElement(By.id("oc-define-form"));
        assertFalse(form.isDisplayed());

        // when "Define a metric" is pressed from the keyboard
        WebElement opener = panel.findElement(By.cssSelector("[data-role='define-metric'] [data-role='open-form']"));
        opener.sendKeys(Keys.ENTER);

        // then the form opens on its first field, showing the plan (not a guardrail's threshold) for an outcome
        assertTrue(form.isDisplayed());
        assertEquals("true", opener.getDomAttribute("aria-expanded"));
        assertEquals("oc-define-kind", BROWSER.js("return document.activeElement.id;"));
        assertTrue(form.findElement(By.name("baseline")).isDisplayed());
        assertFalse(form.findElement(By.name("threshold")).isDisplayed());
        new Select(form.findElement(By.name("kind"))).selectByValue("GUARDRAIL");
        assertTrue(form.findElement(By.name("threshold")).isDisplayed());
        assertFalse(form.findElement(By.name("baseline")).isDisplayed());
        new Select(form.findElement(By.name("kind"))).selectByValue("OUTCOME");

        // when sent with a baseline that is no number
        PAGE.type(form, "name", "Checkout completion");
        PAGE.type(form, "unit", "%");
        PAGE.type(form, "baseline", "sixty");
        PAGE.type(form, "target", "75");
        PAGE.setDate(form, "targetDate", "2026-12-31");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then the API's message stands under the baseline, which takes the focus, and nothing is stored
        assertEquals("Must be a number.", BROWSER.fieldMessage(form, "baseline").getText());
        assertEquals("true", form.findElement(By.name("baseline")).getDomAttribute("aria-invalid"));
        assertEquals("oc-define-baseline", BROWSER.js("return document.activeElement.id;"));
        assertEquals(0, rest.metricsOf("OUT-4").size());
        PAGE.shots("define-metric-error", form);

        // when corrected
        PAGE.type(form, "baseline", "60");
        panel = PAGE.submit(form, "Metric defined.");

        // then it is stored and the panel shows the new metric
        JsonNode stored = rest.metricsOf("OUT-4").get(0);
        assertEquals("Checkout completion", stored.get("name").asText());
        assertEquals(60.0, stored.get("baseline").asDouble(), 0);
        assertEquals("2026-12-31", stored.get("targetDate").asText());
        assertEquals(30, stored.get("cadenceDays").asInt());
        assertTrue(panel.findElements(By.cssSelector("[data-role='no-metrics']")).isEmpty());
        assertEquals("Checkout completion: 60% \u2192 75% by 31 Dec 2026",
                panel.findElement(By.cssSelector(".oc-panel-metric .oc-statement")).getText());
        PAGE.shots("define-metric", panel);
    }

    @Test
    public void anEditorEditsAMetricFromItsCardAndATargetEqualToTheBaselineIsRefused() throws Exception {
        // given
        WebElement panel = PAGE.open("/browse/OUT-5");
        WebElement form = panel.findElement(By.id("oc-edit-" + sellers + "-form"));

        WebElement opener = panel.findElement(By.cssSelector("[data-role='open-form'][aria-controls='oc-edit-" + sellers + "-form']"));

        // when "Edit metric" is opened from the keyboard, closed with Escape and opened again
        opener.sendKeys(Keys.ENTER);
        assertTrue(form.isDisplayed());
        form.findElement(By.name("kind")).sendKeys(Keys.ESCAPE);
        assertFalse(form.isDisplayed());
        assertEquals("false", opener.getDomAttribute("aria-expanded"));
        assertEquals(opener, BROWSER.driver().switchTo().activeElement());
        opener.sendKeys(Keys.ENTER);

        // then the form holds the definition as stored
        assertTrue(form.isDisplayed());
        assertEquals("Active sellers", form.findElement(By.name("name")).getDomProperty("value"));
        assertEquals("1200", form.findElement(By.name("baseline")).getDomProperty("value"));
        assertEquals("1500", form.findElement(By.name("target")).getDomProperty("value"));
        assertEquals("2026-01-01", form.findElement(By.name("startDate")).getDomProperty("value"));

        // when the target is set to the baseline
        PAGE.type(form, "target", "1200");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then the API's message stands under the target and the stored target is unchanged
        assertFalse(BROWSER.fieldMessage(form, "target").getText().isBlank());
        assertEquals(1500.0, rest.metricsOf("OUT-5").get(0).get("target").asDouble(), 0);
        PAGE.shots("edit-metric-error", form);

        // when set to a new target and sent with Enter from the field
        PAGE.type(form, "target", "1800");
        panel = submit(form.findElement(By.name("target")), Keys.ENTER, "Metric saved.");

        // then
        assertEquals(1800.0, rest.metricsOf("OUT-5").get(0).get("target").asDouble(), 0);
        assertEquals("Active sellers: 1200 \u2192 1800 by 31 Dec 2026",
                panel.findElement(By.cssSelector(".oc-panel-metric .oc-statement")).getText());
        PAGE.shots("edit-metric", panel);
    }

    @Test
    public void aRefusalThatNamesNoFieldIsShownAboveTheButtonsAndChangesNothing() throws Exception {
        // given an editor's open edit form, and the outcome closed meanwhile (elsewhere)
        WebElement panel = PAGE.open("/browse/OUT-9");
        panel.findElement(By.cssSelector("[data-role='open-form'][aria-controls='oc-edit-" + costs + "-form']")).click();
        WebElement form = panel.findElement(By.id("oc-edit-" + costs + "-form"));
        rest.close("OUT-9");

        // when the form is sent
        PAGE.type(form, "name", "Support cost per order (EUR)");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then the API's refusal is said in the form, no field is marked, and the name is unchanged
        WebElement message = BROWSER.waitFor(By.cssSelector("#oc-edit-" + costs + "-form .oc-form-message [role='alert']"));
        assertFalse(message.getText().isBlank());
        assertTrue(form.findElements(By.cssSelector("[aria-invalid='true']")).isEmpty());
        assertEquals("Support cost per order", rest.metricsOf("OUT-9").get(0).get("name").asText());
    }

    // ---- 2. correct a reading ----

    @Test
    public void anEditorCorrectsAReadingAndTheOriginalStaysStruckThrough() throws Exception {
        // given
        WebElement panel = PAGE.open("/browse/OUT-3");
        panel.findElement(By.cssSelector("details.oc-details summary")).click();
        WebElement row = panel.findElement(By.cssSelector("tr[data-reading-id='" + npsLatest + "']"));

        // when its "Correct" is pressed
        row.findElement(By.cssSelector("[data-role='correct']")).click();

        // then the correction form opens with the reading's value and day, on the value
        WebElement form = panel.findElement(By.id("oc-correct-" + nps));
        assertTrue(form.isDisplayed());
        assertEquals("35", form.findElement(By.name("value")).getDomProperty("value"));
        assertEquals("2026-10-06", form.findElement(By.name("measuredAt")).getDomProperty("value"));
        assertEquals("Corrects the reading of 6 Oct 2026: 35.", form.findElement(By.cssSelector("[data-role='correcting']")).getText());
        assertEquals("oc-correct-value-" + nps, BROWSER.js("return document.activeElement.id;"));

        // when a value that is no number is sent
        PAGE.type(form, "value", "thirty-six");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then
        assertEquals("Must be a number.", BROWSER.fieldMessage(form, "value").getText());
        assertEquals(2, rest.readings(nps).size());
        PAGE.shots("correct-reading-error", form);

        // when the right value is sent with a note
        PAGE.type(form, "value", "36");
        PAGE.type(form, "note", "typo in the survey export");
        panel = PAGE.submit(form, CORRECTED);

        // then the correction is stored as superseding the original, which the history still shows, struck through
        JsonNode readings = rest.readings(nps);
        assertEquals(3, readings.size());
        JsonNode correction = readings.get(2).get("supersedes").isNull() ? readings.get(1) : readings.get(2);
        assertEquals(npsLatest, correction.get("supersedes").asLong());
        assertEquals(36.0, correction.get("value").asDouble(), 0);
        assertEquals("36", panel.findElement(By.cssSelector("[data-role='current']")).getText());
        panel.findElement(By.cssSelector("details.oc-details summary")).click();
        WebElement original = panel.findElement(By.cssSelector("tr[data-reading-id='" + npsLatest + "']"));
        assertTrue(original.getDomAttribute("class").contains("oc-superseded"));
        assertFalse(original.findElements(By.cssSelector("s")).isEmpty());
        assertTrue(original.findElements(By.cssSelector("[data-role='correct']")).isEmpty());
        PAGE.shots("correct-reading", panel.findElement(By.cssSelector("details.oc-details")));
    }

    // ---- 3. import a CSV ----

    @Test
    public void anEditorImportsACsvAllOrNothingAndABadCellIsNamedByLine() throws Exception {
        // given
        WebElement panel = PAGE.open("/browse/OUT-6");
        panel.findElement(By.cssSelector("[data-role='open-form'][aria-controls='oc-csv-" + onTime + "']")).click();
        WebElement form = panel.findElement(By.id("oc-csv-" + onTime));
        assertTrue(form.isDisplayed());

        // when lines with one bad value are pasted
        PAGE.type(form, "csv", "measuredAt,value,note\n2026-09-01,89\n2026-10-01,ninety\n2026-11-01,91,after the carrier switch\n");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then the bad line and cell are named under the lines, and not one reading is stored
        WebElement message = BROWSER.fieldMessage(form, "csv");
        assertEquals("Line 3, value: 'ninety' is not a number; write plain decimals such as 12.5, -3 or 1.5e3.",
                message.getText());
        assertEquals("true", form.findElement(By.name("csv")).getDomAttribute("aria-invalid"));
        assertEquals(0, rest.readings(onTime).size());
        PAGE.shots("csv-import-error", form);

        // when corrected
        PAGE.type(form, "csv", "measuredAt,value,note\n2026-09-01,89\n2026-10-01,90\n2026-11-01,91,after the carrier switch\n");
        panel = PAGE.submit(form, "3 readings imported.");

        // then all three are stored and shown, with the count
        assertEquals(3, rest.readings(onTime).size());
        assertEquals("91", panel.findElement(By.cssSelector("[data-role='current']")).getText());
        assertEquals(3, panel.findElements(By.cssSelector("table[data-role='history'] tbody tr")).size());
        PAGE.shots("csv-import", panel);
    }

    // ---- 4. RICE ----

    @Test
    public void anEditorScoresEpicsInlineAndTheyAreRankedByScore() throws Exception {
        // given two epics nobody has scored
        WebElement panel = PAGE.open("/browse/OUT-7");
        assertEquals(List.of("OUT-30", "OUT-31"), riceOrder());
        // on the outcome's one list of epics: each epic once (apart from the dashboard's folded story), with its output
        assertEquals(1, panel.findElements(By.cssSelector("li[data-epic-key='OUT-31']:not([data-role='story'] *)")).size());
        assertEquals("1 / 2 done", panel.findElement(By.cssSelector("li[data-epic-key='OUT-31'] [data-role='epic-done']")).getText());
        WebElement form = openRiceForm("OUT-31");

        // when one is sent with a confidence above 1
        PAGE.type(form, "reach", "100");
        new Select(form.findElement(By.name("impact"))).selectByValue("2");
        PAGE.type(form, "confidence", "1.5");
        PAGE.type(form, "effort", "2");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then the message stands under the confidence, and no score is stored
        assertFalse(BROWSER.fieldMessage(form, "confidence").getText().isBlank());
        assertTrue(rest.epics("OUT-7").get("epics").findValues("score").stream().allMatch(JsonNode::isNull));
        PAGE.shots("rice-error", panel.findElement(By.cssSelector("[data-role='rice']")));

        // when sent with a confidence in range
        PAGE.type(form, "confidence", "0.5");
        PAGE.submit(form, "RICE saved for OUT-31; the epics are ranked again.");

        // then it is stored, scored 100 × 2 × 0.5 / 2 = 50, and ranked first
        assertEquals(50.0, rest.epics("OUT-7").get("epics").get(0).get("score").asDouble(), 0);
        assertEquals(List.of("OUT-31", "OUT-30"), riceOrder());
        assertEquals("Score 50", riceScore("OUT-31"));

        // when the other is scored higher (500 × 3 × 1 / 5 = 300)
        form = openRiceForm("OUT-30");
        PAGE.type(form, "reach", "500");
        new Select(form.findElement(By.name("impact"))).selectByValue("3");
        PAGE.type(form, "confidence", "1");
        PAGE.type(form, "effort", "5");
        PAGE.submit(form, "RICE saved for OUT-30; the epics are ranked again.");

        // then the ranking follows the scores, and each form holds what was saved
        assertEquals(List.of("OUT-30", "OUT-31"), riceOrder());
        assertEquals("Score 300", riceScore("OUT-30"));
        assertEquals("0.5", riceForm("OUT-31").findElement(By.name("confidence")).getDomProperty("value"));
        assertEquals("2", new Select(riceForm("OUT-31").findElement(By.name("impact"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        PAGE.shots("rice", BROWSER.driver().findElement(By.cssSelector("[data-role='rice']")));
    }

    // ---- 5. viewers: what they read, and no control ----

    @Test
    public void aViewerIsOfferedNeitherToDefineNorToEditAMetric() {
        // when a viewer opens an outcome without a metric and one with a metric
        WebElement empty = openAs("viewer", "/browse/OUT-7");
        assertFalse(empty.findElements(By.cssSelector("[data-role='no-metrics']")).isEmpty());
        assertNone(empty, "[data-role='define-metric']", "[data-role='metric-form']", "[data-role='open-form']");
        WebElement measured = openAs("viewer", "/browse/OUT-3");

        // then the metric is shown, without its edit form
        assertEquals("Net promoter score: 32 \u2192 50 by 31 Dec 2026",
                measured.findElement(By.cssSelector(".oc-panel-metric .oc-statement")).getText());
        assertNone(measured, "[data-role='metric-authoring']", "[data-role='metric-form']", "[data-role='open-form']",
                "[data-role='define-metric']");
    }

    @Test
    public void aViewerReadsTheHistoryButIsOfferedNoCorrection() {
        // when
        WebElement panel = openAs("viewer", "/browse/OUT-3");
        panel.findElement(By.cssSelector("details.oc-details summary")).click();

        // then every reading is there, with no Correct control or column, and no record form
        assertFalse(panel.findElements(By.cssSelector("table[data-role='history'] tbody tr")).isEmpty());
        assertEquals(5, panel.findElements(By.cssSelector("table[data-role='history'] thead th")).size());
        assertNone(panel, "[data-role='correct']", "[data-role='correct-form']", "form.oc-record-form");
    }

    @Test
    public void aViewerIsOfferedNoCsvImport() {
        // when
        WebElement panel = openAs("viewer", "/browse/OUT-6");

        // then
        assertFalse(panel.findElements(By.cssSelector(".oc-panel-metric")).isEmpty());
        assertNone(panel, "[data-role='csv-form']", "input[type='file']", "textarea[name='csv']", "[data-role='open-form']");
    }

    @Test
    public void aViewerReadsTheRiceRankingButCannotChangeIt() throws Exception {
        // when
        WebElement panel = openAs("viewer", "/browse/OUT-8");

        // then the score and its inputs are read, in no form
        assertEquals("Score 100", riceScore("OUT-40"));
        assertEquals("Reach 400 \u00b7 impact 1 \u00b7 confidence 0.5 \u00b7 effort 2",
                panel.findElement(By.cssSelector("[data-role='rice-inputs']")).getText());
        assertNone(panel, "[data-role='rice-form']", "[data-role='rice'] input", "[data-role='rice'] select",
                "[data-role='rice'] button");
        PAGE.shots("viewer-panel", panel);
    }

    // ---- the journey ----

    @Test
    public void anOutcomeGoesFromNoMetricToMeasuredCorrectedImportedAndPrioritisedWithoutLeavingItsPage()
            throws Exception {
        // given an outcome with two epics and no metric
        WebElement panel = PAGE.open("/browse/OUT-2");
        String page = BROWSER.driver().getCurrentUrl();

        // define
        panel.findElement(By.cssSelector("[data-role='define-metric'] [data-role='open-form']")).click();
        WebElement form = panel.findElement(By.id("oc-define-form"));
        PAGE.type(form, "name", "Median first answer time");
        PAGE.type(form, "unit", "hours");
        PAGE.type(form, "baseline", "20");
        PAGE.type(form, "target", "4");
        PAGE.setDate(form, "startDate", "2026-06-01");
        PAGE.setDate(form, "targetDate", "2027-03-31");
        PAGE.type(form, "cadenceDays", "7");
        PAGE.type(form, "source", "Helpdesk report");
        panel = PAGE.submit(form, "Metric defined.");
        long metric = rest.metricsOf("OUT-2").get(0).get("id").asLong();

        // record (the panel's record form, opened first if the panel keeps it collapsed)
        WebElement record = panel.findElement(By.cssSelector("form.oc-record-form[data-metric-id='" + metric + "']"));
        reveal(record);
        PAGE.type(record, "value", "16");
        PAGE.setDate(record, "measuredAt", "2026-11-02");
        record.findElement(By.cssSelector("button[type='submit']")).click();
        BROWSER.waitUntil(() -> BROWSER.driver().findElements(By.cssSelector("tr[data-reading-id]")).size() == 1);

        // correct it
        panel = BROWSER.waitFor(PANEL);
        panel.findElement(By.cssSelector("details.oc-details summary")).click();
        panel.findElement(By.cssSelector("[data-role='correct']")).click();
        form = panel.findElement(By.id("oc-correct-" + metric));
        PAGE.type(form, "value", "14");
        PAGE.type(form, "note", "counted weekend tickets twice");
        panel = PAGE.submit(form, CORRECTED);

        // import a CSV file of the weeks before
        panel.findElement(By.cssSelector("[data-role='open-form'][aria-controls='oc-csv-" + metric + "']")).click();
        form = panel.findElement(By.id("oc-csv-" + metric));
        Path csv = Files.createTempFile("readings", ".csv");
        Files.writeString(csv, "measuredAt,value\n2026-10-12,19\n2026-10-19,18\n2026-10-26,17\n", StandardCharsets.UTF_8);
        form.findElement(By.name("file")).sendKeys(csv.toAbsolutePath().toString());
        PAGE.submit(form, "3 readings imported.");

        // prioritise both epics
        setRice("OUT-10", "200", "1", "0.8", "4");
        setRice("OUT-20", "600", "2", "0.5", "3");

        // then all of it is stored, and the page (the same page) shows it
        assertEquals(page, BROWSER.driver().getCurrentUrl());
        JsonNode readings = rest.readings(metric);
        assertEquals(5, readings.size());
        assertEquals(1, readings.findValues("superseded").stream().filter(JsonNode::asBoolean).count());
        assertEquals(List.of("OUT-20", "OUT-10"), riceOrder());
        assertEquals("Score 200", riceScore("OUT-20"));
        assertEquals("Score 40", riceScore("OUT-10"));
        panel = BROWSER.waitFor(PANEL);
        assertEquals("14 hours", panel.findElement(By.cssSelector("[data-role='current']")).getText());
        assertEquals(5, panel.findElements(By.cssSelector("table[data-role='history'] tbody tr")).size());
        assertEquals(1, panel.findElements(By.cssSelector("table[data-role='history'] tr.oc-superseded")).size());
        PAGE.shots("journey", panel);
    }

    // ---- helpers ----

    private static WebElement openAs(String user, String path) {
        BROWSER.openAs(user, user, path);
        return BROWSER.waitFor(PANEL);
    }

    /** None of these controls is in the panel. */
    private static void assertNone(WebElement panel, String... selectors) {
        for (String selector : selectors) {
            assertTrue(selector, panel.findElements(By.cssSelector(selector)).isEmpty());
        }
    }

    /**
     * Opens a folded form the way a user does: a closed details element around it by its summary, then the button
     * naming the form in aria-controls; the form must then be shown.
     */
    private static void reveal(WebElement form) {
        for (WebElement details : form.findElements(By.xpath("ancestor::details[not(@open)]"))) {
            details.findElement(By.tagName("summary")).click();
        }
        if (!form.isDisplayed()) {
            BROWSER.driver().findElement(By.cssSelector("[aria-controls='" + form.getDomAttribute("id") + "']")).click();
        }
        assertTrue(form.isDisplayed());
    }

    private static WebElement riceForm(String epicKey) {
        return BROWSER.driver().findElement(By.cssSelector("form[data-role='rice-form'][data-epic-key='" + epicKey + "']"));
    }

    /** An epic's RICE form, opened by its "Set RICE" button (each epic's form is folded on the panel). */
    private static WebElement openRiceForm(String epicKey) {
        WebElement form = riceForm(epicKey);
        assertFalse(form.isDisplayed());
        reveal(form);
        return form;
    }

    private static void setRice(String epicKey, String reach, String impact, String confidence, String effort) {
        BROWSER.waitFor(PANEL);
        WebElement form = openRiceForm(epicKey);
        PAGE.type(form, "reach", reach);
        new Select(form.findElement(By.name("impact"))).selectByValue(impact);
        PAGE.type(form, "confidence", confidence);
        PAGE.type(form, "effort", effort);
        PAGE.submit(form, "RICE saved for " + epicKey + "; the epics are ranked again.");
    }

    /** Sends a form from the keyboard (a key pressed in one of its fields) and waits as {@link AuthoringPage#submit} does. */
    private static WebElement submit(WebElement field, Keys key, String saved) {
        field.sendKeys(key);
        return PAGE.savedPanel(saved);
    }

    private static List<String> riceOrder() {
        return BROWSER.driver().findElements(By.cssSelector("[data-role='rice'] li[data-epic-key]")).stream()
                .map(li -> li.getDomAttribute("data-epic-key")).toList();
    }

    private static String riceScore(String epicKey) {
        return BROWSER.driver().findElement(By.cssSelector("[data-role='rice'] li[data-epic-key='" + epicKey
                + "'] [data-role='rice-score']")).getText();
    }
}
