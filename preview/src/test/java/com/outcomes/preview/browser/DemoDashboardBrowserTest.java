package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.preview.PreviewFixture;
import com.outcomes.preview.PreviewHost;

/** The bundled demo portfolio in the browser: what someone sees first after one command. */
public class DemoDashboardBrowserTest {

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

    @Test
    public void everyDemoOutcomeRendersWithItsChartsAndNoScriptError() throws Exception {
        // given what the REST API says the dashboard holds
        HttpResponse<String> api = fixture.get(host, "/rest/outcomes/1.0/dashboard?project=OUT&weeks=12", "admin", "admin");
        JsonNode dashboard = new ObjectMapper().readTree(api.body());
        int outcomes = dashboard.get("unassigned").size();
        int trends = 0;
        for (JsonNode challenge : dashboard.get("challenges")) {
            outcomes += challenge.get("outcomes").size();
            for (JsonNode outcome : challenge.get("outcomes")) {
                for (JsonNode metric : outcome.get("metrics")) {
                    if ("OUTCOME".equals(metric.get("kind").asText()) && !metric.get("current").isNull()) {
                        trends++;
                        break;
                    }
                }
            }
        }

        // when the whole page is in view (readings load lazily per visible outcome)
        driver.manage().window().setSize(new Dimension(1280, 4200));
        URI base = host.baseUri();
        driver.get("http://admin:admin@" + base.getHost() + ":" + base.getPort() + "/dashboard?project=OUT&weeks=12");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-outcomes-gadget][data-loaded='true']")));
        int expectedTrends = trends;
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return Array.prototype.filter.call(document.querySelectorAll('[data-window-chart]'),"
                        + " function (c) { var chart = Chart.getChart(c); return !!chart && chart.data.datasets.length > 1; })"
                        + ".length;")).intValue() == expectedTrends);

        // then
        assertTrue("the demo has outcomes", outcomes >= 3);
        assertEquals(outcomes, driver.findElements(By.cssSelector("article.oc-outcome")).size());
        assertTrue(driver.findElements(By.cssSelector(".oc-alert-error")).isEmpty());
        for (String code : List.of("OUTPUT_WITHOUT_OUTCOME")) {
            assertTrue("demo shows " + code, !driver.findElements(By.cssSelector("[data-signal='" + code + "']")).isEmpty());
        }
        assertTrue("demo shows a stale outcome", !driver.findElements(By.cssSelector(".oc-outcome-side .oc-alert-stale")).isEmpty());
        // and the executive story of issue 15: the challenge's KPI, status and forecast as one reading, epics by number
        assertTrue(driver.findElement(By.cssSelector("[data-challenge-key='OUT-1'] [data-role='kpis']")).getText()
                .contains("Renewable energy revenue"));
        assertFalse("demo shows a forecast falling short while on track or at risk",
                driver.findElements(By.cssSelector(".oc-outcome-side [data-signal='FORECAST_SHORT']")).isEmpty());
        assertEquals(List.of("OUT-76", "OUT-101", "OUT-132", "OUT-297", "OUT-308"), driver.findElements(
                By.cssSelector("[data-outcome-key='OUT-5'] .oc-epics li")).stream()
                .map(li -> li.getDomAttribute("data-epic-key")).toList());
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot, dir.resolve("dashboard-demo.png"), StandardCopyOption.REPLACE_EXISTING);
        if (Files.isDirectory(Path.of("..", "core"))) {
            Files.copy(shot, Files.createDirectories(Path.of("..", "target", "screenshots")).resolve("dashboard-demo.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    public void demoSprintReviewSaysBetterOrWorseBesideEveryChange() throws Exception {
        // when
        driver.manage().window().setSize(new Dimension(1280, 2400));
        URI base = host.baseUri();
        driver.get("http://admin:admin@" + base.getHost() + ":" + base.getPort() + "/sprints/120");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-outcomes-sprint-review]")));

        // then every coloured change carries its word, and the epics worked on are links
        List<org.openqa.selenium.WebElement> coloured = driver.findElements(By.cssSelector(".oc-move-better, .oc-move-worse"));
        assertFalse("the demo's last closed sprint moves some metric", coloured.isEmpty());
        for (org.openqa.selenium.WebElement cell : coloured) {
            String word = cell.findElement(By.cssSelector(".oc-move-word")).getText();
            assertTrue(word, cell.getDomAttribute("class").contains("oc-move-" + word));
        }
        assertFalse(driver.findElements(By.cssSelector("[data-role='done-in'] a[data-epic-key]")).isEmpty());
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Files.createDirectories(Path.of("target", "screenshots")).resolve("issue15-demo-sprint-review.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
