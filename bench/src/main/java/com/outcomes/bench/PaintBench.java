package com.outcomes.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 18, target 5 as one case: the shaded preview jar started on the large portfolio (as a user runs it), its
 * dashboard page loaded in headless Chromium ({@link PagePaint}), and our web-resources bound to the contexts of a Jira
 * issue view ({@link WebResourceContexts}, from the built descriptor).
 */
public final class PaintBench {

    private static final long START_TIMEOUT_MS = 120_000;

    /** Both halves of target 5. */
    public record Results(String page, PagePaint.Result paint, WebResourceContexts.Result issueView) {
    }

    private final Path previewJar;
    private final Path workDir;
    private final int maxHeapMb;

    public PaintBench(Path previewJar, Path workDir, int maxHeapMb) {
        this.previewJar = previewJar;
        this.workDir = workDir;
        this.maxHeapMb = maxHeapMb;
    }

    static Path browser() {
        return Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    }

    static Path driver() {
        return Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    }

    /** Whether the machine has the headless Chromium and its chromedriver the case drives. */
    static boolean browserPresent() {
        return Files.isExecutable(browser()) && Files.isExecutable(driver());
    }

    public Results run(Path issuesFile, Path dataDir, String page, int loads, Path descriptor, List<Path> resourceRoots)
            throws IOException, InterruptedException {
        WebResourceContexts.Result issueView = new WebResourceContexts().read(descriptor, resourceRoots);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path output = workDir.resolve("preview-paint-out.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeapMb + "m", "-jar", previewJar.toString(), "--port", Integer.toString(port),
                "--issues", issuesFile.toString(), "--data-dir", dataDir.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            URI base = URI.create("http://localhost:" + port);
            waitForPage(process, new RestClient(URI.create(base + "/rest/outcomes/1.0"), "admin", "admin"), page, output);
            PagePaint.Result paint = new PagePaint(browser(), driver())
                    .measure(base, "admin", "admin", page, loads, workDir.resolve("chromium-profile"));
            return new Results(page, paint, issueView);
        } finally {
            process.destroy(); // SIGTERM: the preview stops cleanly and shuts its database down
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Until the dashboard's data answers 200: the page's first load must not pay for the preview's start. */
    private static void waitForPage(Process process, RestClient client, String page, Path output)
            throws IOException, InterruptedException {
        String query = page.substring(page.indexOf('?'));
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new BenchmarkFailure("the preview exited with " + process.exitValue() + ": " + Files.readString(output));
            }
            try {
                if (client.get("/dashboard" + query).status() == 200) {
                    return;
                }
            } catch (BenchmarkFailure notListeningYet) {
                // connection refused until Jetty is up
            }
            Thread.sleep(50);
        }
        throw new BenchmarkFailure("the preview did not answer the dashboard within " + START_TIMEOUT_MS + " ms");
    }
}
