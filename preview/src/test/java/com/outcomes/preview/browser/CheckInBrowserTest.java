package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.outcomes.preview.PreviewFixture;
import com.outcomes.preview.PreviewHost;

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
    public static final TemporaryFolder TMP = new TemporaryFolder();

    private static PreviewFixture fixture;
    private static PreviewHost host;
    private static WebDriver driver;

    @BeforeClass
    public static void startPreviewAndBrowser() throws Exception {
        Path profile = TMP.newFolder("chromium").toPath();
        driver = Chromium.start(profile); // skips the class first when there is no Chromium
        Path folder = TMP.newFolder("preview").toPath();
        fixture = new PreviewFixture(folder);
        Path issues = folder.resolve("browser-issues.json");
        try (var in = CheckInBrowserTest.class.getResourceAsStream("browser-issues.json")) {
            Files.copy(in, issues);
        }
        host = PreviewHost.start(fixture.settings(issues, null), CLOCK);
    }

    @AfterClass
    public static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (host != null) {
            host.close();
        }
        if (fixture != null) {
            fixture.dropDatabase();
        }
    }

    @Test
    public void checkInsAddedInThePanelAppearNewestFirstWithTheTrend() throws IOException {
        // given an outcome nobody has checked in on
        open("/browse/OUT-2");
        waitFor(By.cssSelector("[data-role='no-checkins']"));

        // when two check-ins are added through the form, the second with markup in its comment
        addCheckIn("7", "Chat shipped, early signs are good");
        waitUntil(() -> driver.findElements(By.cssSelector(".oc-checkin")).size() == 1);
        addCheckIn("3", HOSTILE);
        waitUntil(() -> driver.findElements(By.cssSelector(".oc-checkin")).size() == 2);

        // then the newest is on top, low, with its comment as text, and the trend is drawn from both
        List<WebElement> items = driver.findElements(By.cssSelector(".oc-checkin"));
        assertEquals("3", items.get(0).getDomAttribute("data-confidence"));
        assertTrue(items.get(0).getDomAttribute("class").contains("oc-checkin-low"));
        assertEquals("3/10", items.get(0).findElement(By.cssSelector(".oc-checkin-confidence")).getText());
        assertEquals(HOSTILE, items.get(0).findElement(By.cssSelector(".oc-checkin-comment")).getText());
        assertTrue(items.get(0).getText().contains("admin"));
        assertEquals("7", items.get(1).getDomAttribute("data-confidence"));
        assertEquals(2, driver.findElement(By.cssSelector("[data-role='checkin-trend'] polyline"))
                .getDomAttribute("points").split(" ").length);
        assertEquals(null, js("return window.__xss;"));
        WebElement section = driver.findElement(By.cssSelector("[data-role='checkins']"));
        js("arguments[0].scrollIntoView();", section);
        screenshot("checkin-added");
    }

    @Test
    public void aConfidenceOutOfRangeShowsTheApiMessageNextToTheFieldAndAddsNothing() {
        // given
        open("/browse/OUT-3");
        WebElement form = waitFor(By.cssSelector("form[data-role='checkin-form']"));
        int before = driver.findElements(By.cssSelector(".oc-checkin")).size();

        // when
        form.findElement(By.name("confidence")).sendKeys("11");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // then
        WebElement message = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            WebElement slot = form.findElement(By.cssSelector("[data-error-for='confidence']"));
            return slot.getText().isBlank() ? null : slot;
        });
        assertTrue(message.getText(), message.getText().contains("10"));
        assertEquals("true", form.findElement(By.name("confidence")).getDomAttribute("aria-invalid"));
        driver.navigate().refresh();
        waitFor(By.cssSelector("form[data-role='checkin-form']"));
        assertEquals(before, driver.findElements(By.cssSelector(".oc-checkin")).size());
        assertFalse(driver.findElements(By.cssSelector("[data-role='no-checkins']")).isEmpty());
    }

    // ---- helpers ----

    private static void addCheckIn(String confidence, String comment) {
        WebElement form = waitFor(By.cssSelector("form[data-role='checkin-form']"));
        form.findElement(By.name("confidence")).sendKeys(confidence);
        form.findElement(By.name("comment")).sendKeys(comment);
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private static void open(String path) {
        // Credentials in the URL: Chromium then answers the preview's Basic challenge for the page and its fetches.
        URI base = host.baseUri();
        driver.get("http://admin:admin@" + base.getHost() + ":" + base.getPort() + path);
    }

    private static WebElement waitFor(By selector) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(selector));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Path root = Path.of("..", "target", "screenshots");
        if (Files.isDirectory(Path.of("..", "core"))) { // running inside the reactor: keep a copy at the repo root
            Files.createDirectories(root);
            Files.copy(shot, root.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
