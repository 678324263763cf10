package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import com.outcomes.preview.demo.DemoPortfolio;

/** The demo's outcome tree of project OUT and its RICE calibration scatter in real Chromium. */
public class DemoTreeBrowserTest {

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onDemo(); // no issues file: the demo

    @Test
    public void theTreeOfProjectOutShowsEveryLevelWithStatusAndRunningBlindAndCollapses() throws Exception {
        // given the dashboard links to the tree
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 3000));
        BROWSER.openAs("viewer", "viewer", "/dashboard?project=OUT");
        BROWSER.waitFor(By.cssSelector("[data-role='tree-link']"), Duration.ofSeconds(30)).click();

        // when the tree page is open
        BROWSER.waitFor(By.cssSelector("[data-outcomes-tree]"), Duration.ofSeconds(30));

        // then: challenges → outcomes → metrics with leading indicators under them → epics with done/total and RICE
        assertEquals(3, BROWSER.driver().findElements(By.cssSelector("details.oc-tree-challenge[data-key^='OUT-']")).size());
        WebElement share = BROWSER.driver().findElement(By.cssSelector("details.oc-tree-outcome[data-key='" + DemoPortfolio.MARKET_SHARE + "']"));
        assertFalse(share.findElements(By.cssSelector(".oc-tree-leading .oc-tree-metric")).isEmpty());
        assertFalse(share.findElements(By.cssSelector(".oc-tree-metric[data-status='ON_TRACK'] .aui-lozenge-success")).isEmpty());
        assertFalse(share.findElements(By.cssSelector("[data-role='rice']")).isEmpty());
        assertTrue(share.findElement(By.cssSelector(".oc-tree-epics")).getText().contains(" done"));
        WebElement nps = BROWSER.driver().findElement(By.cssSelector("details.oc-tree-outcome[data-key='" + DemoPortfolio.NPS + "']"));
        assertTrue(nps.findElement(By.cssSelector("[data-role='stale']")).getText().contains("running blind"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".aui-message-error")).isEmpty());
        Path shot = BROWSER.screenshot("outcome-tree");
        assertTrue(Files.size(shot) > 0);

        // and a click on an outcome's summary folds it away
        share.findElement(By.cssSelector(":scope > summary")).click();
        assertEquals(null, share.getDomAttribute("open"));
        assertFalse(share.findElement(By.cssSelector(".oc-tree-epics")).isDisplayed());
    }

    @Test
    public void theCalibrationScatterDrawsAtLeastFiveDoneEpicsWithRhoAndTheCaveat() throws Exception {
        // when
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 1400));
        BROWSER.openAs("viewer", "viewer", "/tree?project=OUT");
        BROWSER.waitFor(By.cssSelector("[data-role='calibration-link']"), Duration.ofSeconds(30)).click();
        BROWSER.waitFor(By.cssSelector("canvas[data-role='scatter'][data-point-count]"), Duration.ofSeconds(30));

        // then the chart holds the server's points, one per row of the table, at least five
        Number points = (Number) BROWSER.js(
                "return Chart.getChart(document.querySelector(\"canvas[data-role='scatter']\")).data.datasets[0].data.length;");
        int rows = BROWSER.driver().findElements(By.cssSelector("[data-role='epics'] tbody tr")).size();
        assertTrue("points: " + points, points.intValue() >= 5);
        assertEquals(rows, points.intValue());
        String summary = BROWSER.driver().findElement(By.cssSelector("[data-role='summary']")).getText();
        assertTrue(summary, summary.startsWith("Spearman's \u03c1 = "));
        assertTrue(BROWSER.driver().findElement(By.cssSelector("[data-role='caveat']")).getText().contains("shared with all other work"));
        List<WebElement> changes = BROWSER.driver().findElements(By.cssSelector("[data-role='epics'] tbody td:nth-child(5)"));
        changes.forEach(td -> assertTrue(td.getText(), td.getText().endsWith("pts") || td.getText().equals("0 pts")));
        BROWSER.screenshot("rice-calibration");
    }
}
