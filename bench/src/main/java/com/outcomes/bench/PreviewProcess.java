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

    public PreviewProcess(Path jar, Path workDir, int maxHeapMb) {
        this.jar = jar;
        this.workDir = workDir;
        this.maxHeapMb = maxHeapMb;
    }

    /** Start time and heap of one preview process on the given work data and embedded database. */
    public record Measurement(double startMillis, long heapAfterGcMb, long peakHeapMb, int maxHeapMb, long issues) {
    }

    public Measurement measure(Path issuesFile, Path dataDir, String dashboardQuery, long issues) throws IOException, InterruptedException {
        int port = freePort();
        Path gcLog = workDir.resolve("preview-gc.log");
        Path output = workDir.resolve("preview-out.log");
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeapMb + "m", "-Xlog:gc:file=" + gcLog,
                "-jar", jar.toString(),
                "--port", Integer.toString(port), "--issues", issuesFile.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        RestClient client = new RestClient(URI.create("http://localhost:" + port + "/rest/outcomes/1.0"), "admin", "admin");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            waitForDashboard(process, client, dashboardQuery, output);
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

    private static void waitForDashboard(Process process, RestClient client, String query, Path output)
            throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
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
        throw new BenchmarkFailure("the preview did not answer the dashboard within " + START_TIMEOUT_MS + " ms");
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
