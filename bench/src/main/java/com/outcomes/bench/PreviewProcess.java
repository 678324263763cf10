package com.outcomes.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches the shaded preview jar as a user would ({@code java -jar outcomes-preview.jar --issues FILE
 * --data-dir DIR}), capped at the heap target ({@code -Xmx}), and measures: time from process start to the
 * first 200 of the dashboard, the heap still in use after a full GC once the portfolio is held, and the
 * highest heap occupancy any GC saw (from the JVM's own GC log).
 */
public final class PreviewProcess {

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final long START_TIMEOUT_MS = 120_000;

    private final Path jar;
    private final Path workDir;
    private final int maxHeapMb;
    private final String name;
    private final long timeoutMs;

    public PreviewProcess(Path jar, Path workDir, int maxHeapMb) {
        this(jar, workDir, maxHeapMb, "preview", START_TIMEOUT_MS);
    }

    /**
     * @param name      prefix of the process's GC log and output in {@code workDir}
     * @param timeoutMs how long the dashboard may take to answer before the start counts as failed
     */
    public PreviewProcess(Path jar, Path workDir, int maxHeapMb, String name, long timeoutMs) {
        this.jar = jar;
        this.workDir = workDir;
        this.maxHeapMb = maxHeapMb;
        this.name = name;
        this.timeoutMs = timeoutMs;
    }

    /** Start time and heap of one preview process on the given work data and embedded database. */
    public record Measurement(double startMillis, long heapAfterGcMb, long peakHeapMb, int maxHeapMb, long issues) {
    }

    /**
     * A start that may fail — out of memory, or no answer in time — where the failure is a figure of the report rather
     * than the end of the run: {@code measurement} or {@code failure} (one line) is null; {@code peakHeapMb} is what
     * the GC log saw either way.
     */
    public record Attempt(Measurement measurement, String failure, long peakHeapMb, int maxHeapMb, long issues) {

        public boolean started() {
            return measurement != null;
        }
    }

    /** As {@link #measure}, but a preview that exits or does not answer in time is reported, not thrown. */
    public Attempt attempt(Path issuesFile, Path dataDir, String dashboardQuery, long issues)
            throws IOException, InterruptedException {
        try {
            Measurement m = measure(issuesFile, dataDir, dashboardQuery, issues);
            return new Attempt(m, null, m.peakHeapMb(), maxHeapMb, issues);
        } catch (BenchmarkFailure e) {
            Path gcLog = gcLog();
            return new Attempt(null, reason(e.getMessage()), Files.exists(gcLog) ? peakHeap(gcLog) : 0, maxHeapMb, issues);
        }
    }

    /** The line of a failure that says what happened (an OutOfMemoryError rather than the stack under it). */
    static String reason(String failure) {
        String[] lines = failure.split("\\R");
        for (String line : lines) {
            if (line.contains("OutOfMemoryError")) {
                return line.strip();
            }
        }
        return lines[0].strip();
    }

    private Path gcLog() {
        return workDir.resolve(name + "-gc.log");
    }

    public Measurement measure(Path issuesFile, Path dataDir, String dashboardQuery, long issues) throws IOException, InterruptedException {
        int port = freePort();
        Path gcLog = gcLog();
        Path output = workDir.resolve(name + "-out.log");
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // out of memory is a failed start: exit at once rather than limp on until the timeout
                "-Xmx" + maxHeapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog,
                "-jar", jar.toString(),
                "--port", Integer.toString(port), "--issues", issuesFile.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        RestClient client = new RestClient(URI.create("http://localhost:" + port + "/rest/outcomes/1.0"), "admin", "admin");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            waitForDashboard(process, client, dashboardQuery, output, timeoutMs);
            double startMillis = (System.nanoTime() - started) / 1_000_000.0;
            long heapAfterGc = heapAfterFullGc(process.pid(), gcLog);
            return new Measurement(startMillis, heapAfterGc, peakHeap(gcLog), maxHeapMb, issues);
        } finally {
            process.destroy(); // SIGTERM: the preview stops cleanly and shuts its database down
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void waitForDashboard(Process process, RestClient client, String query, Path output, long timeoutMs)
            throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new BenchmarkFailure("the preview exited with " + process.exitValue() + ": " + Files.readString(output));
            }
            try {
                if (client.get(query).status() == 200) {
                    return;
                }
            } catch (BenchmarkFailure notListeningYet) {
                // connection refused until Jetty is up
            }
            Thread.sleep(25);
        }
        throw new BenchmarkFailure("the preview did not answer the dashboard within " + timeoutMs / 1000 + " s");
    }

    /** Asks the running preview for a full GC and reads, from its GC log, what was left. */
    private static long heapAfterFullGc(long pid, Path gcLog) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        jcmd.getInputStream().readAllBytes();
        if (jcmd.waitFor() != 0) {
            throw new BenchmarkFailure("jcmd GC.run failed for the preview process " + pid);
        }
        for (int attempt = 0; attempt < 40; attempt++) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                // jcmd GC.run logs as "Pause Full (Diagnostic Command)", System.gc() as "Pause Full (System.gc())"
                if (line.contains("Pause Full") && (line.contains("Diagnostic Command") || line.contains("System.gc()")) && m.find()) {
                    return Long.parseLong(m.group(2));
                }
            }
            Thread.sleep(50);
        }
        throw new BenchmarkFailure("no full GC in " + gcLog + " after jcmd GC.run");
    }

    /** The largest heap occupancy seen at the start of any GC: the peak the process reached, to GC granularity. */
    private static long peakHeap(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
