package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.outcomes.preview.demo.DemoPortfolio;

/**
 * The Outcome panel as it sits in Jira (issue 14): AUI's look from the npm package the build installs, the panel in the
 * right-hand column of about 350 px, each record form collapsed behind "Record a value" and worked with the keyboard
 * alone, the lint's advice beside the statement, nothing wider than a 350 px screen, and no edit control for a viewer.
 * Real Chromium against the real preview on the demo portfolio. Screenshots: preview/target/screenshots/
 * issue-panel-1440.png, issue-panel-350.png, issue-panel-record-350.png, issue-panel-viewer-350.png,
 * issue-panel-lint-350.png, dashboard-1440.png and dashboard-350.png.
 */
public class IssuePanelLayoutBrowserTest {

    private static final String PANEL = "[data-outcomes-panel][data-wired]";
    private static final String OVERFLOW = "return document.documentElement.scrollWidth;";
    /** What sticks out to the right of the screen, to name it when the page is too wide. */
    private static final String WIDE = "var out = []; document.querySelectorAll('body *').forEach(function (e) {"
            + " var r = e.getBoundingClientRect(); if (r.right > window.innerWidth + 0.5 && out.length < 8) {"
            + " out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); } });"
            + " return out.join('; ');";

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onDemo();

    @After
    public void wideAgain() {
        width(1280);
    }

    @Test
    public void pagesLoadAuiAndTheirControlsTakeAuisLook() throws IOException {
        // when
        width(1440);
        BROWSER.open("/browse/" + DemoPortfolio.CSAT);
        BROWSER.waitFor(By.cssSelector(PANEL));

        // then AUI's script is there (AJS with its flags) and its stylesheet styles our markup
        assertEquals("function", BROWSER.js("return window.AJS && typeof AJS.flag;"));
        WebElement status = BROWSER.driver().findElement(By.cssSelector("[data-role='status']"));
        assertTrue(status.getDomAttribute("class").startsWith("aui-lozenge"));
        assertEquals("uppercase", status.getCssValue("text-transform")); // AUI's lozenge; our stylesheet sets none
        WebElement open = BROWSER.driver().findElement(By.cssSelector("[data-role='record-open']"));
        assertNotEquals("rgba(0, 0, 0, 0)", open.getCssValue("background-color")); // AUI's button, not the browser's
        assertNotEquals("rgba(0, 0, 0, 0)", BROWSER.driver().findElement(By.cssSelector(".aui-header")).getCssValue("background-color"));
        // and the panel sits in the right-hand column, about 350 px wide, beside the main column
        Number side = (Number) BROWSER.js("return document.querySelector('[data-role=issue-side]').getBoundingClientRect().width;");
        Number main = (Number) BROWSER.js("return document.querySelector('[data-role=issue-main]').getBoundingClientRect().width;");
        assertEquals(350, side.intValue());
        assertTrue("main column " + main, main.intValue() > 700);
        screenshotTop("issue-panel-1440");
    }

    @Test
    public void recordFormStaysCollapsedUntilAskedAndRecordsWithTheKeyboardAlone() throws IOException {
        // given
        width(350);
        BROWSER.open("/browse/" + DemoPortfolio.CSAT);
        WebElement panel = BROWSER.waitFor(By.cssSelector(PANEL));
        List<WebElement> forms = panel.findElements(By.cssSelector("form.oc-record-form"));
        assertFalse(forms.isEmpty());
        forms.forEach(form -> assertFalse("every record form starts collapsed", form.isDisplayed()));
        WebElement opener = panel.findElement(By.cssSelector("[data-role='record-open']"));
        WebElement form = panel.findElement(By.id(opener.getDomAttribute("aria-controls")));
        assertEquals("false", opener.getDomAttribute("aria-expanded"));
        int rowsBefore = form.findElements(By.xpath("ancestor::section[1]//table[@data-role='history']/tbody/tr")).size();

        // when Enter on the button opens it: the focus moves to the value, Escape closes it and gives the focus back
        opener.sendKeys(Keys.ENTER);
        assertTrue(form.isDisplayed());
        assertEquals("value", BROWSER.js("return document.activeElement.name;"));
        BROWSER.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertFalse(form.isDisplayed());
        assertEquals("record-open", BROWSER.js("return document.activeElement.getAttribute('data-role');"));
        assertEquals("false", opener.getDomAttribute("aria-expanded"));

        // and open again, type, Tab to the note, Enter to submit
        BROWSER.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertEquals("true", BROWSER.driver().findElement(By.cssSelector("[aria-controls='" + form.getDomAttribute("id") + "']"))
                .getDomAttribute("aria-expanded"));
        BROWSER.driver().switchTo().activeElement().sendKeys("81.5");
        BROWSER.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("measuredAt", BROWSER.js("return document.activeElement.name;"));
        for (int i = 0; i < 5 && "measuredAt".equals(BROWSER.js("return document.activeElement.name;")); i++) {
            BROWSER.driver().switchTo().activeElement().sendKeys(Keys.TAB); // Chromium tabs through the date's parts
        }
        assertEquals("note", BROWSER.js("return document.activeElement.name;"));
        BROWSER.driver().switchTo().activeElement().sendKeys("keyboard only");
        screenshotAt(form, "issue-panel-record-350");
        BROWSER.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

        // then the page comes back with the reading on top of the history, says so in an AUI flag, form collapsed
        BROWSER.waitFor(By.cssSelector(".aui-flag"));
        WebElement reloaded = BROWSER.waitFor(By.cssSelector(PANEL));
        WebElement history = reloaded.findElement(By.cssSelector("[data-role='history']"));
        assertEquals(rowsBefore + 1, history.findElements(By.cssSelector("tbody tr")).size());
        assertEquals("81.5%", history.findElement(By.cssSelector("tbody tr td.oc-num")).getAttribute("textContent"));
        assertEquals("keyboard only", history.findElements(By.cssSelector("tbody tr td")).get(2).getAttribute("textContent"));
        assertTrue(BROWSER.driver().findElement(By.cssSelector(".aui-flag")).getAttribute("textContent").contains("Value recorded."));
        reloaded.findElements(By.cssSelector("form.oc-record-form")).forEach(f -> assertFalse(f.isDisplayed()));
    }

    @Test
    public void aLinkToTheRecordFieldOpensItsFoldedFormWithTheFieldFocused() throws IOException {
        // given the link "My metrics" gives for a metric: the issue page with the record form's value field as fragment
        width(1440);
        BROWSER.open("/browse/" + DemoPortfolio.CSAT);
        WebElement first = BROWSER.waitFor(By.cssSelector(PANEL)).findElement(By.cssSelector("form.oc-record-form"));
        String field = "oc-value-" + first.getDomAttribute("data-metric-id");
        String formId = first.getDomAttribute("id");

        BROWSER.open("/due"); // coming from another page, as from My metrics

        // when
        BROWSER.open("/browse/" + DemoPortfolio.CSAT + "#" + field);

        // then that one form is open, its button says so, and the value field has the focus
        WebElement form = BROWSER.waitFor(By.cssSelector(PANEL)).findElement(By.id(formId));
        assertTrue(form.isDisplayed());
        assertEquals(field, BROWSER.js("return document.activeElement.id;"));
        assertEquals("true", BROWSER.driver().findElement(By.cssSelector("[aria-controls='" + formId + "']"))
                .getDomAttribute("aria-expanded"));
        assertEquals(1L, BROWSER.js("return Array.prototype.filter.call(document.querySelectorAll('form.oc-record-form'),"
                + " function (f) { return !f.hidden; }).length;"));
    }

    @Test
    public void panelFitsA350PixelScreenWithoutHorizontalScrolling() throws IOException {
        // when
        width(350);
        BROWSER.open("/browse/" + DemoPortfolio.CSAT);
        WebElement panel = BROWSER.waitFor(By.cssSelector(PANEL));
        BROWSER.waitFor(By.cssSelector(".oc-story[data-loaded='true']"));
        panel.findElements(By.cssSelector("details.oc-details summary")).forEach(WebElement::click); // histories open
        panel.findElement(By.cssSelector("[data-role='record-open']")).click(); // a form open
        panel.findElement(By.cssSelector("[data-role='checkin-open']")).click(); // and the check-in form
        panel.findElement(By.cssSelector("details[data-role='story'] summary")).click(); // the dashboard's row
        BROWSER.waitUntil(() -> (Boolean) BROWSER.js("var c = document.querySelector('.oc-story canvas[data-window-chart]');"
                + " return !!c && !!window.Chart && !!Chart.getChart(c);"));

        // then nothing is wider than the screen: charts shrink, the history table scrolls inside its own box
        assertNarrow();
        for (WebElement canvas : panel.findElements(By.cssSelector("canvas"))) {
            assertTrue(canvas.getSize().getWidth() <= 350);
        }
        // and each history row's Correct stays in sight at the right edge of the table's box, the columns scrolling under it
        List<WebElement> corrections = panel.findElements(By.cssSelector("table[data-role='history'] [data-role='correct']"));
        assertFalse(corrections.isEmpty());
        for (WebElement correct : corrections) {
            assertEquals(Boolean.TRUE, BROWSER.js("var r = arguments[0].getBoundingClientRect(),"
                    + " box = arguments[0].closest('.oc-table-scroll').getBoundingClientRect();"
                    + " return r.width > 0 && r.left >= box.left && r.right <= box.right + 0.5;", correct));
        }
        screenshotTop("issue-panel-350");
    }

    @Test
    public void lintAdviceStandsBesideTheStatementWithItsUnits() throws IOException {
        // when an outcome whose statement reads like output is opened
        width(350);
        BROWSER.open("/browse/" + DemoPortfolio.ONBOARDING_WIZARD);
        WebElement advice = BROWSER.waitFor(By.cssSelector(PANEL + " [data-role='lint']"));

        // then the advice is an AUI message above the metrics, worded as what to do
        assertTrue(advice.getDomAttribute("class").contains("aui-message"));
        String text = advice.getText();
        assertTrue(text, text.startsWith("Is this a good success statement?"));
        assertTrue(text, text.contains("Reads like output, not an outcome"));
        assertTrue(text, text.contains("Reframe it as the change in customer behaviour it should cause."));
        assertEquals("the advice comes before the first metric", Boolean.TRUE, BROWSER.js(
                "var a = arguments[0], m = document.querySelector('[data-outcomes-panel] [data-metric-id]');"
                        + " return !m || !!(a.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);", advice));
        assertNarrow();
        screenshotTop("issue-panel-lint-350");
    }

    @Test
    public void viewerSeesTheNumbersButNoEditControl() throws IOException {
        // when
        width(350);
        BROWSER.openAs("viewer", "viewer", "/browse/" + DemoPortfolio.CSAT);
        WebElement panel = BROWSER.waitFor(By.cssSelector(PANEL));

        // then
        assertFalse(panel.findElements(By.cssSelector("[data-role='status']")).isEmpty());
        assertEquals(List.of(), panel.findElements(By.cssSelector("button")));
        assertEquals(List.of(), panel.findElements(By.cssSelector("form")));
        assertNarrow();
        screenshotTop("issue-panel-viewer-350");
    }

    @Test
    public void everyPanelControlHasALabel() {
        // when
        width(1440);
        BROWSER.open("/browse/" + DemoPortfolio.CSAT);
        BROWSER.waitFor(By.cssSelector(PANEL));

        // then every field is named by a <label for> or aria-label, every button by its text or aria-label (a hidden
        // input is no control: nobody sees or operates it)
        Object unlabelled = BROWSER.js("var out = [];"
                + " document.querySelectorAll('[data-outcomes-panel] input:not([type=hidden]), [data-outcomes-panel] select,"
                + " [data-outcomes-panel] textarea, [data-outcomes-panel] button').forEach(function (c) {"
                + "   var named = c.tagName === 'BUTTON' ? c.textContent.trim() || c.getAttribute('aria-label')"
                + "     : (c.id && document.querySelector('label[for=\"' + c.id + '\"]')) || c.getAttribute('aria-label');"
                + "   if (!named) { out.push(c.outerHTML); } });"
                + " return out;");
        assertEquals(List.of(), unlabelled);
    }

    @Test
    public void dashboardTakesAuisLookAtBothWidths() throws IOException {
        // when
        width(1440);
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"));

        // then
        assertFalse(BROWSER.driver().findElements(By.cssSelector("[data-outcomes-gadget] .aui-lozenge")).isEmpty());
        screenshotTop("dashboard-1440");
        width(350);
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"));
        assertNarrow();
        screenshotTop("dashboard-350");
    }

    // ---- helpers ----

    private static void assertNarrow() {
        int width = ((Number) BROWSER.js(OVERFLOW)).intValue();
        assertTrue("page " + width + " px wide: " + BROWSER.js(WIDE), width <= 350);
    }

    private static void width(int pixels) {
        BROWSER.driver().manage().window().setSize(new Dimension(pixels, 1600));
    }

    private static void screenshotTop(String name) throws IOException {
        BROWSER.scrollToTop();
        BROWSER.screenshotAlsoAtRoot(name);
    }

    private static void screenshotAt(WebElement element, String name) throws IOException {
        BROWSER.js("arguments[0].scrollIntoView({block: 'center'});", element);
        BROWSER.screenshotAlsoAtRoot(name);
    }
}
