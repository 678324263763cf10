package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bundled demo portfolio in the browser: what someone sees first after one command. */
public class DemoDashboardBrowserTest {

    @ClassRule
    public static final BrowserSession BROWSER = BrowserSession.onDemo(); // no issues file: the demo

    @Test
    public void everyDemoOutcomeRendersWithItsChartsAndNoScriptError() throws Exception {
        // given what the REST API says the dashboard holds
        HttpResponse<String> api = BROWSER.fixture().get(BROWSER.host(), "/rest/outcomes/1.0/dashboard?project=OUT&weeks=12",
                "admin", "admin");
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
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 4200));
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"), Duration.ofSeconds(30));
        int expectedTrends = trends;
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30)).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return Array.prototype.filter.call(document.querySelectorAll('[data-window-chart]'),"
                        + " function (c) { var chart = Chart.getChart(c); return !!chart && chart.data.datasets.length > 1; })"
                        + ".length;")).intValue() == expectedTrends);

        // then
        assertTrue("the demo has outcomes", outcomes >= 3);
        assertEquals(outcomes, BROWSER.driver().findElements(By.cssSelector("article.oc-outcome")).size());
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".aui-message-error")).isEmpty());
        for (String code : List.of("OUTPUT_WITHOUT_OUTCOME")) {
            assertTrue("demo shows " + code, !BROWSER.driver().findElements(By.cssSelector("[data-signal='" + code + "']")).isEmpty());
        }
        assertTrue("demo shows a stale outcome", !BROWSER.driver().findElements(By.cssSelector(".oc-outcome-side [data-role='stale']")).isEmpty());
        // and the executive story of issue 15: the challenge's KPI, status and forecast as one reading, epics by number
        assertTrue(BROWSER.driver().findElement(By.cssSelector("[data-challenge-key='OUT-1'] [data-role='kpis']")).getText()
                .contains("Renewable energy revenue"));
        assertFalse("demo shows a forecast falling short while on track or at risk",
                BROWSER.driver().findElements(By.cssSelector(".oc-outcome-side [data-signal='FORECAST_SHORT']")).isEmpty());
        assertEquals(List.of("OUT-76", "OUT-101", "OUT-132", "OUT-297", "OUT-308"), BROWSER.driver().findElements(
                By.cssSelector("[data-outcome-key='OUT-5'] .oc-epics li")).stream()
                .map(li -> li.getDomAttribute("data-epic-key")).toList());
        BROWSER.screenshotAlsoAtRoot("dashboard-demo");
    }

    @Test
    public void dashboardMarksItsFirstChartThenEveryChartInTheViewport() throws Exception {
        // given a viewport showing only the first outcomes of the demo
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 900));

        // when
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        JavascriptExecutor js = (JavascriptExecutor) BROWSER.driver();
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30)).until(d -> (Boolean) js.executeScript(
                "return performance.getEntriesByName('outcomes:charts:visible', 'mark').length === 1;"));

        // then the first chart came no later than the last visible one, and every chart in view is drawn by then
        double first = ((Number) js.executeScript(
                "return performance.getEntriesByName('outcomes:chart:first', 'mark')[0].startTime;")).doubleValue();
        double visible = ((Number) js.executeScript(
                "return performance.getEntriesByName('outcomes:charts:visible', 'mark')[0].startTime;")).doubleValue();
        assertTrue(first + " <= " + visible, first > 0 && first <= visible);
        long undrawnInView = ((Number) js.executeScript(
                "return Array.prototype.filter.call(document.querySelectorAll('[data-window-chart]'), function (c) {"
                        + " var box = c.getBoundingClientRect();"
                        + " return box.top < innerHeight && box.bottom > 0 && !Chart.getChart(c); }).length;")).longValue();
        assertEquals(0, undrawnInView);
        assertTrue("some outcome lies below the viewport, so the mark does not wait for it", ((Boolean) js.executeScript(
                "return Array.prototype.some.call(document.querySelectorAll('article.oc-outcome'),"
                        + " function (a) { return a.getBoundingClientRect().top >= innerHeight + 200; });")));
    }

    @Test
    public void rowsBelowTheViewportFollowInTheServersOrderWithTheirBars() throws Exception {
        // given the rows of the server's fragment, in its order
        HttpResponse<String> fragment = BROWSER.fixture().get(BROWSER.host(), "/rest/outcomes/1.0/dashboard/view?project=OUT&weeks=12",
                "admin", "admin");
        List<String> served = Pattern.compile("<article class=\"oc-outcome[^\"]*\" data-outcome-key=\"([^\"]+)\"")
                .matcher(fragment.body()).results().map(m -> m.group(1)).toList();

        // when the page loads in a viewport showing only the first of them (gadget.js holds the others back at first)
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 900));
        BROWSER.open("/dashboard?project=OUT&weeks=12");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-gadget][data-loaded='true']"), Duration.ofSeconds(30));

        // then every row is in the page, in the server's order, and every progress bar is drawn
        assertTrue("the demo has more outcomes than a viewport shows", served.size() >= 4);
        assertEquals(served, BROWSER.driver().findElements(By.cssSelector("article.oc-outcome")).stream()
                .map(row -> row.getDomAttribute("data-outcome-key")).toList());
        assertEquals(BROWSER.driver().findElements(By.cssSelector(".oc-progress[data-progress]")).size(),
                BROWSER.driver().findElements(By.cssSelector(".oc-progress[data-progress] > .oc-progress-fill")).size());
        assertTrue(BROWSER.driver().findElements(By.cssSelector(".oc-minibar [data-share]:not([style])")).isEmpty());
    }

    @Test
    public void demoSprintReviewSaysBetterOrWorseBesideEveryChange() throws Exception {
        // when
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 2400));
        BROWSER.open("/sprints/120");
        BROWSER.waitFor(By.cssSelector("[data-outcomes-sprint-review]"), Duration.ofSeconds(30));

        // then every coloured change carries its word, and the epics worked on are links
        List<org.openqa.selenium.WebElement> coloured = BROWSER.driver().findElements(By.cssSelector(".oc-move-better, .oc-move-worse"));
        assertFalse("the demo's last closed sprint moves some metric", coloured.isEmpty());
        for (org.openqa.selenium.WebElement cell : coloured) {
            String word = cell.findElement(By.cssSelector(".oc-move-word")).getText();
            assertTrue(word, cell.getDomAttribute("class").contains("oc-move-" + word));
        }
        assertFalse(BROWSER.driver().findElements(By.cssSelector("[data-role='done-in'] a[data-epic-key]")).isEmpty());
        BROWSER.screenshot("issue15-demo-sprint-review");
    }
}
