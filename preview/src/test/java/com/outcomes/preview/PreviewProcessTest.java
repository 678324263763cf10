package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The real command in its own JVM: it starts, logs where it listens (loopback by default), and stops cleanly on SIGTERM. */
public class PreviewProcessTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void stopsCleanlyOnSigtermReleasingTheEmbeddedDatabase() throws Exception {
        // given
        Path dataDir = folder.getRoot().toPath().resolve("data");
        Path issues = new PreviewFixture(folder.newFolder("fixture").toPath()).issuesFile;
        Path log = folder.getRoot().toPath().resolve("preview.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PreviewMain.class.getName(),
                "--port", "0", "--data-dir", dataDir.toString(), "--issues", issues.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitForLine(log, "Users:", process);
            assertTrue(Files.readString(log), Files.readString(log).contains("Outcomes preview at http://127.0.0.1:"));
            assertTrue(Files.exists(dataDir.resolve("outcomes.lck")));

            // when
            process.destroy();
            assertTrue("exited", process.waitFor(60, TimeUnit.SECONDS));
        } finally {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(log);

        // then: 143 = terminated by SIGTERM after the shutdown hook ran
        assertEquals(String.join("\n", lines), 143, process.exitValue());
        assertTrue(String.join("\n", lines), lines.get(lines.size() - 1).contains("Outcomes preview stopped"));
        assertFalse("database released", Files.exists(dataDir.resolve("outcomes.lck")));
        assertTrue("database kept", Files.exists(dataDir.resolve("outcomes.script")));
    }

    /** Waits (at most a minute) until the process has logged a line containing {@code text}. */
    private static void waitForLine(Path log, String text, Process process) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line with '" + text + "' in: " + (Files.exists(log) ? Files.readString(log) : "(no output)"));
    }
}
