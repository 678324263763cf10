package com.outcomes.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18, target 5: the dashboard page in Debian's headless Chromium, loaded {@code loads} times in a fresh tab
 * each (same browser, so the HTTP cache is warm after the first load, as for a returning executive). Per load, from the
 * page's Performance API: the time from navigation start to gadget.js's {@code outcomes:chart:first} and
 * {@code outcomes:charts:visible} marks, and the bytes of our scripts and styles (Resource Timing, {@code /web/} and
 * {@code /static/} of the preview) — transferred and decoded.
 */
public final class PagePaint {

    static final String FIRST_MARK = "outcomes:chart:first";
    static final String VISIBLE_MARK = "outcomes:charts:visible";
    static final String ENHANCED_MARK = "outcomes:fragment:enhanced";
    private static final Duration MARK_TIMEOUT = Duration.ofSeconds(60);

    private final Path browser;
    private final Path driver;

    public PagePaint(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /**
     * Medians over the loads, with where the time goes (DOMContentLoaded, the server-rendered fragment's arrival);
     * bytes of our scripts and styles ({@code /web/} and the Chart.js we bundle; the preview's AUI, which Jira itself
     * provides, apart) transferred on the first (cold) load and on the last (HTTP cache warm), and decoded.
     */
    public record Result(int loads, Samples firstChart, Samples visibleCharts, Samples domContentLoaded,
                         Samples fragmentArrived, Samples fragmentInserted, Samples fragmentEnhanced, Samples firstReadingsAsked, Samples firstReadingsArrived, long coldTransferred, long decoded, long warmTransferred,
                         long hostDecoded, List<String> resources) {
    }

    public Result measure(URI base, String user, String password, String path, int loads, Path profileDir) throws IOException {
        if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
            throw new BenchmarkFailure("the page paint case needs " + browser + " and " + driver);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profileDir));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        try {
            // credentials in the URL: Chromium answers the preview's Basic challenge for the page and its fetches
            String url = "http://" + user + ":" + password + "@" + base.getHost() + ":" + base.getPort() + path;
            List<Double> first = new ArrayList<>();
            List<Double> visible = new ArrayList<>();
            List<Double> dcl = new ArrayList<>();
            List<Double> fragment = new ArrayList<>();
            List<Double> inserted = new ArrayList<>();
            List<Double> enhanced = new ArrayList<>();
            List<Double> readingsAsked = new ArrayList<>();
            List<Double> readingsArrived = new ArrayList<>();
            long hostDecoded = 0;
            long coldTransferred = 0;
            long decoded = 0;
            long warmTransferred = 0;
            List<String> resources = List.of();
            for (int load = 0; load < loads; load++) {
                chrome.get("about:blank");
                chrome.get(url);
                JavascriptExecutor js = chrome;
                // the rows off screen are enhanced after the charts in view: the enhanced mark comes last
                new WebDriverWait(chrome, MARK_TIMEOUT).until(d -> (Boolean) js.executeScript(
                        "return performance.getEntriesByName(arguments[0], 'mark').length === 1"
                                + " && performance.getEntriesByName(arguments[1], 'mark').length === 1;", VISIBLE_MARK, ENHANCED_MARK));
                first.add(markMillis(js, FIRST_MARK));
                visible.add(markMillis(js, VISIBLE_MARK));
                inserted.add(markMillis(js, "outcomes:fragment:inserted"));
                enhanced.add(markMillis(js, ENHANCED_MARK));
                dcl.add(((Number) js.executeScript(
                        "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;")).doubleValue());
                fragment.add(((Number) js.executeScript("var f = performance.getEntriesByType('resource').filter("
                        + "function (r) { return r.name.indexOf('/dashboard/view') >= 0; }); return f.length ? f[0].responseEnd : 0;"))
                        .doubleValue());
                @SuppressWarnings("unchecked")
                List<Number> firstReadings = (List<Number>) js.executeScript("var f = performance.getEntriesByType('resource')"
                        + ".filter(function (r) { return /\\/readings$/.test(new URL(r.name).pathname); });"
                        + " return f.length ? [f[0].startTime, Math.min.apply(null, f.map(function (r) { return r.responseEnd; }))] : [0, 0];");
                readingsAsked.add(firstReadings.get(0).doubleValue());
                readingsArrived.add(firstReadings.get(1).doubleValue());
                @SuppressWarnings("unchecked")
                Map<String, Object> weight = (Map<String, Object>) js.executeScript(
                        "var all = performance.getEntriesByType('resource').filter(function (r) {"
                                + " return /\\.(js|css)$/.test(new URL(r.name).pathname); });"
                                + "function host(r) { return new URL(r.name).pathname.indexOf('/aui/') === 0; }"
                                + "var ours = all.filter(function (r) { return !host(r); });"
                                + "return { transferred: ours.reduce(function (s, r) { return s + r.transferSize; }, 0),"
                                + " decoded: ours.reduce(function (s, r) { return s + r.decodedBodySize; }, 0),"
                                + " host: all.filter(host).reduce(function (s, r) { return s + r.decodedBodySize; }, 0),"
                                + " names: ours.map(function (r) { return new URL(r.name).pathname + ' ' + r.decodedBodySize; }) };");
                long transferred = ((Number) weight.get("transferred")).longValue();
                if (load == 0) {
                    coldTransferred = transferred;
                    decoded = ((Number) weight.get("decoded")).longValue();
                    hostDecoded = ((Number) weight.get("host")).longValue();
                    @SuppressWarnings("unchecked")
                    List<String> names = (List<String>) weight.get("names");
                    resources = List.copyOf(names);
                }
                warmTransferred = transferred;
            }
            return new Result(loads, new Samples(first.stream().mapToDouble(Double::doubleValue).toArray()),
                    new Samples(visible.stream().mapToDouble(Double::doubleValue).toArray()), samples(dcl), samples(fragment), samples(inserted), samples(enhanced),
                    samples(readingsAsked), samples(readingsArrived),
                    coldTransferred, decoded, warmTransferred, hostDecoded, resources);
        } finally {
            chrome.quit();
        }
    }

    private static Samples samples(List<Double> millis) {
        return new Samples(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The mark's startTime: milliseconds since the navigation started (the page's time origin). */
    private static double markMillis(JavascriptExecutor js, String mark) {
        Object time = js.executeScript("var m = performance.getEntriesByName(arguments[0], 'mark');"
                + " return m.length ? m[0].startTime : null;", mark);
        if (time == null) {
            throw new BenchmarkFailure("the dashboard page set no " + mark + " mark");
        }
        return ((Number) time).doubleValue();
    }
}
