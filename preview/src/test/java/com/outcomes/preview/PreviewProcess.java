package com.outcomes.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real command ({@link PreviewMain}) in its own JVM on the test classpath, its output in a log file. The port
 * is read from the start-up line, so tests can ask for {@code --port 0}.
 */
final class PreviewProcess implements AutoCloseable {

    private static final Pattern SERVED_AT = Pattern.compile("Outcomes preview at (http://\\S+?:(\\d+))/");

    private final Process process;
    private final Path log;

    private PreviewProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the preview and waits (at most a minute) until it has logged that it is ready. */
    static PreviewProcess start(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PreviewMain.class.getName()));
        command.addAll(List.of(args));
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PreviewProcess preview = new PreviewProcess(process, log);
        try {
            preview.waitForLine("Users:");
        } catch (AssertionError | IOException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        return preview;
    }

    /** Where the preview said it serves, e.g. {@code http://127.0.0.1:41234}. */
    URI baseUri() throws IOException {
        Matcher m = SERVED_AT.matcher(output());
        if (!m.find()) {
            throw new AssertionError("no start-up line with the address in: " + output());
        }
        return URI.create(m.group(1));
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }

    Process process() {
        return process;
    }

    /** SIGKILL on Linux: no shutdown hook, no database shutdown — what a crash or {@code kill -9} does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the preview did not die on SIGKILL");
        }
    }

    /** Waits (at most a minute) until the process has logged a line containing {@code text}. */
    void waitForLine(String text) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line with '" + text + "' in: " + output());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
