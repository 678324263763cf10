package com.outcomes.preview.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.outcomes.preview.PreviewFixture;
import com.outcomes.preview.PreviewHost;

/**
 * A class rule for the browser tests: a headless Chromium (the class is skipped first when there is none) and the
 * real preview it browses, logged in through the URL, and the screenshots kept under target/screenshots.
 */
final class BrowserSession extends ExternalResource {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** How the preview starts on the fixture, in a folder of its own. */
    private interface Start {
        PreviewHost preview(PreviewFixture fixture, Path folder) throws IOException;
    }

    private final Start start;
    private final TemporaryFolder tmp = new TemporaryFolder();
    private PreviewFixture fixture;
    private PreviewHost host;
    private WebDriver driver;

    private BrowserSession(Start start) {
        this.start = start;
    }

    /** The preview on this package's issues document (a resource next to this class) at the given clock. */
    static BrowserSession onIssues(String issuesResource, Clock clock) {
        return new BrowserSession((fixture, folder) -> PreviewHost.start(
                fixture.settings(copy(issuesResource, folder), null), clock));
    }

    /** The preview with no issues document: the bundled demo portfolio. */
    static BrowserSession onDemo() {
        return new BrowserSession((fixture, folder) -> PreviewHost.start(fixture.settings(null, null), PreviewFixture.CLOCK));
    }

    /** The preview as the HTTP suites start it: the fixture's small issues document. */
    static BrowserSession onFixtureIssues() {
        return new BrowserSession((fixture, folder) -> fixture.start());
    }

    @Override
    protected void before() throws Throwable {
        tmp.create();
        try {
            driver = Chromium.start(tmp.newFolder("chromium").toPath());
            Path folder = tmp.newFolder("preview").toPath();
            fixture = new PreviewFixture(folder); // same database selection as the HTTP suites (-Ppreview db profiles)
            host = start.preview(fixture, folder);
        } catch (Throwable startFailed) { // an ExternalResource's after() runs only when before() completed
            after();
            throw startFailed;
        }
    }

    private static Path copy(String issuesResource, Path folder) throws IOException {
        Path issues = folder.resolve(issuesResource);
        try (InputStream in = BrowserSession.class.getResourceAsStream(issuesResource)) {
            Files.copy(in, issues);
        }
        return issues;
    }

    @Override
    protected void after() {
        try {
            if (driver != null) {
                driver.quit();
            }
            if (host != null) {
                host.close();
            }
            if (fixture != null) {
                fixture.dropDatabase();
            }
        } finally {
            tmp.delete();
        }
    }

    WebDriver driver() {
        return driver;
    }

    PreviewHost host() {
        return host;
    }

    PreviewFixture fixture() {
        return fixture;
    }

    /** Opens a preview page as admin. */
    void open(String path) {
        openAs("admin", "admin", path);
    }

    /** Credentials in the URL: Chromium then answers the preview's Basic challenge for the page and its fetches. */
    void openAs(String user, String password, String path) {
        URI base = host.baseUri();
        driver.get("http://" + user + ":" + password + "@" + base.getHost() + ":" + base.getPort() + path);
    }

    WebElement waitFor(By selector) {
        return waitFor(selector, WAIT);
    }

    WebElement waitFor(By selector, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.presenceOfElementLocated(selector));
    }

    /** Waits for a condition that reads elements a re-render may replace meanwhile. */
    void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** Waits for the API's message in the form's slot for a field ([data-error-for]) and returns that slot. */
    WebElement fieldMessage(WebElement form, String field) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            WebElement slot = form.findElement(By.cssSelector("[data-error-for='" + field + "']"));
            return slot.getText().isBlank() ? null : slot;
        });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void scrollToTop() {
        js("window.scrollTo(0, 0);");
    }

    /** Saves what the browser shows as target/screenshots/{name}.png and returns that file. */
    Path screenshot(String name) throws IOException {
        return save(shoot(), name);
    }

    /** As {@link #screenshot}, and inside the reactor also a copy in the repository root's target/screenshots. */
    Path screenshotAlsoAtRoot(String name) throws IOException {
        Path shot = shoot();
        Path saved = save(shot, name);
        if (Files.isDirectory(Path.of("..", "core"))) { // running inside the reactor
            Path root = Files.createDirectories(Path.of("..", "target", "screenshots"));
            Files.copy(shot, root.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        return saved;
    }

    private Path shoot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    }

    private static Path save(Path shot, String name) throws IOException {
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
