package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.outcomes.preview.PreviewFixture;
import com.outcomes.preview.PreviewHost;
import com.outcomes.preview.demo.DemoPortfolio;

/** The demo's outcome tree of project OUT and its RICE calibration scatter in real Chromium. */
public class DemoTreeBrowserTest {

    @ClassRule
    public static final TemporaryFolder TMP = new TemporaryFolder();

    private static PreviewFixture fixture;
    private static PreviewHost host;
    private static WebDriver driver;

    @BeforeClass
    public static void start() throws Exception {
        driver = Chromium.start(TMP.newFolder("chromium").toPath());
        fixture = new PreviewFixture(TMP.newFolder("preview").toPath());
        host = PreviewHost.start(fixture.settings(null, null), PreviewFixture.CLOCK); // no issues file: the demo
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

    private static String page(String path) {
        URI base = host.baseUri();
        return "http://viewer:viewer@" + base.getHost() + ":" + base.getPort() + path;
    }

    @Test
    public void theTreeOfProjectOutShowsEveryLevelWithStatusAndRunningBlindAndCollapses() throws Exception {
        // given the dashboard links to the tree
        driver.manage().window().setSize(new Dimension(1280, 3000));
        driver.get(page("/dashboard?project=OUT"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-role='tree-link']"))).click();

        // when the tree page is open
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-outcomes-tree]")));

        // then: challenges → outcomes → metrics with leading indicators under them → epics with done/total and RICE
        assertEquals(3, driver.findElements(By.cssSelector("details.oc-tree-challenge[data-key^='OUT-']")).size());
        WebElement share = driver.findElement(By.cssSelector("details.oc-tree-outcome[data-key='" + DemoPortfolio.MARKET_SHARE + "']"));
        assertFalse(share.findElements(By.cssSelector(".oc-tree-leading .oc-tree-metric")).isEmpty());
        assertFalse(share.findElements(By.cssSelector(".oc-badge.oc-status-ON_TRACK")).isEmpty());
        assertFalse(share.findElements(By.cssSelector("[data-role='rice']")).isEmpty());
        assertTrue(share.findElement(By.cssSelector(".oc-tree-epics")).getText().contains(" done"));
        WebElement nps = driver.findElement(By.cssSelector("details.oc-tree-outcome[data-key='" + DemoPortfolio.NPS + "']"));
        assertTrue(nps.findElement(By.cssSelector("[data-role='stale']")).getText().contains("running blind"));
        assertTrue(driver.findElements(By.cssSelector(".oc-alert-error")).isEmpty());
        Path shot = screenshot("outcome-tree.png");
        assertTrue(Files.size(shot) > 0);

        // and a click on an outcome's summary folds it away
        share.findElement(By.cssSelector(":scope > summary")).click();
        assertEquals(null, share.getDomAttribute("open"));
        assertFalse(share.findElement(By.cssSelector(".oc-tree-epics")).isDisplayed());
    }

    @Test
    public void theCalibrationScatterDrawsAtLeastFiveDoneEpicsWithRhoAndTheCaveat() throws Exception {
        // when
        driver.manage().window().setSize(new Dimension(1280, 1400));
        driver.get(page("/tree?project=OUT"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-role='calibration-link']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-role='scatter'][data-point-count]")));

        // then the chart holds the server's points, one per row of the table, at least five
        Number points = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart(document.querySelector(\"canvas[data-role='scatter']\")).data.datasets[0].data.length;");
        int rows = driver.findElements(By.cssSelector("[data-role='epics'] tbody tr")).size();
        assertTrue("points: " + points, points.intValue() >= 5);
        assertEquals(rows, points.intValue());
        String summary = driver.findElement(By.cssSelector("[data-role='summary']")).getText();
        assertTrue(summary, summary.startsWith("Spearman's \u03c1 = "));
        assertTrue(driver.findElement(By.cssSelector("[data-role='caveat']")).getText().contains("shared with all other work"));
        List<WebElement> changes = driver.findElements(By.cssSelector("[data-role='epics'] tbody td:nth-child(5)"));
        changes.forEach(td -> assertTrue(td.getText(), td.getText().endsWith("pts") || td.getText().equals("0 pts")));
        screenshot("rice-calibration.png");
    }

    private static Path screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
