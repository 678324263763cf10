package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Check-ins on the outcome panel in a real headless Chromium against the real preview (Jetty, Jersey, HSQLDB,
 * Velocity): a check-in added through the panel's form appears on top of the list, the trend appears, and a bad
 * confidence shows the API's message next to the field. Screenshot: preview/target/screenshots/checkin-added.png.
 */
public class CheckInBrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String HOSTILE = "<img src=x onerror=\"window.__xss=1\"> vendor slipped";

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onIssues("browser-issues.json", CLOCK);

    @Test
    public void checkInsAddedInThePanelAppearNewestFirstWithTheTrend() throws IOException {
        // given an outcome nobody has checked in on
        BROWSER.open("/browse/OUT-2");
        BROWSER.waitFor(By.cssSelector("[data-role='no-checkins']"));

        // when two check-ins are added through the form, the second with markup in its comment
        addCheckIn("7", "Chat shipped, early signs are good");
        BROWSER.waitUntil(() -> BROWSER.driver().findElements(By.cssSelector(".oc-checkin")).size() == 1);
        addCheckIn("3", HOSTILE);
        BROWSER.waitUntil(() -> BROWSER.driver().findElements(By.cssSelector(".oc-checkin")).size() == 2);

        // then the newest is on top, low, with its comment as text, and the trend is drawn from both
        List<WebElement> items = BROWSER.driver().findElements(By.cssSelector(".oc-checkin"));
        assertEquals("3", items.get(0).getDomAttribute("data-confidence"));
        assertTrue(items.get(0).getDomAttribute("class").contains("oc-checkin-low"));
        assertEquals("3/10", items.get(0).findElement(By.cssSelector(".oc-checkin-confidence")).getText());
        assertEquals(HOSTILE, items.get(0).findElement(By.cssSelector(".oc-checkin-comment")).getText());
        assertTrue(items.get(0).getText().contains("admin"));
        assertEquals("7", items.get(1).getDomAttribute("data-confidence"));
        assertEquals(2, BROWSER.driver().findElement(By.cssSelector("[data-role='checkin-trend'] polyline"))
                .getDomAttribute("points").split(" ").length);
        assertEquals(null, BROWSER.js("return window.__xss;"));
        WebElement section = BROWSER.driver().findElement(By.cssSelector("[data-role='checkins']"));
        BROWSER.js("arguments[0].scrollIntoView();", section);
        BROWSER.screenshotAlsoAtRoot("checkin-added");
    }

    @Test
    public void aConfidenceOutOfRangeShowsTheApiMessageNextToTheFieldAndAddsNothing() {
        // given
        BROWSER.open("/browse/OUT-3");
        WebElement form = BROWSER.waitFor(By.cssSelector("form[data-role='checkin-form']"));
        int before = BROWSER.driver().findElements(By.cssSelector(".oc-checkin")).size();

        // when
        BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired] [data-role='checkin-open']")).click();
        form.findElement(By.name("confidence")).sendKeys("11");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then
        WebElement message = BROWSER.fieldMessage(form, "confidence");
        assertTrue(message.getText(), message.getText().contains("10"));
        assertEquals("true", form.findElement(By.name("confidence")).getDomAttribute("aria-invalid"));
        BROWSER.driver().navigate().refresh();
        BROWSER.waitFor(By.cssSelector("form[data-role='checkin-form']"));
        assertEquals(before, BROWSER.driver().findElements(By.cssSelector(".oc-checkin")).size());
        assertFalse(BROWSER.driver().findElements(By.cssSelector("[data-role='no-checkins']")).isEmpty());
    }

    // ---- helpers ----

    private static void addCheckIn(String confidence, String comment) {
        WebElement form = BROWSER.waitFor(By.cssSelector("form[data-role='checkin-form']"));
        BROWSER.waitFor(By.cssSelector("[data-outcomes-panel][data-wired] [data-role='checkin-open']")).click();
        form.findElement(By.name("confidence")).sendKeys(confidence);
        form.findElement(By.name("comment")).sendKeys(comment);
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }
}
