package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import picocli.CommandLine;

/** The command line: exit status and a single readable line on stderr for every way it can go wrong. */
public class PreviewMainTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PreviewMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void assertOneLine(String text) {
        assertEquals("one line: " + text, 1, text.strip().lines().count());
        assertTrue("no stack trace: " + text, !text.contains("\tat ") && !text.contains("Exception"));
    }

    private String dataDir() {
        return folder.getRoot().toPath().resolve("data").toString();
    }

    @Test
    public void unknownFlagIsAUsageErrorWithOneLine() {
        // when
        int status = run("--colour", "blue");

        // then
        assertEquals(2, status);
        assertOneLine(stderr());
        assertTrue(stderr(), stderr().contains("--colour"));
    }

    @Test
    public void portThatIsNotANumberIsAUsageError() {
        assertEquals(2, run("--port", "eighty"));
        assertOneLine(stderr());
    }

    @Test
    public void resetDemoWithAnIssuesFileIsAUsageErrorBecauseItWouldWipeRealMetrics() {
        // when
        int status = run("--reset-demo", "--issues", "a.json", "--data-dir", dataDir());

        // then
        assertEquals(2, status);
        assertTrue(stderr(), stderr().contains("--reset-demo"));
    }

    @Test
    public void issuesAndJiraUrlTogetherIsAUsageError() {
        // when
        int status = run("--issues", "a.json", "--jira-url", "https://jira.example.com", "--data-dir", dataDir());

        // then
        assertEquals(2, status);
        assertTrue(stderr(), stderr().contains("--issues and --jira-url are mutually exclusive"));
        assertOneLine(stderr());
    }

    @Test
    public void databaseUserWithoutUrlIsAUsageError() {
        assertEquals(2, run("--database-user", "sa", "--data-dir", dataDir()));
        assertOneLine(stderr());
    }

    @Test
    public void missingIssuesFileIsARuntimeErrorNamingTheFile() {
        // given
        Path missing = folder.getRoot().toPath().resolve("missing.json");

        // when
        int status = run("--issues", missing.toString(), "--data-dir", dataDir(), "--port", "0");

        // then
        assertEquals(1, status);
        assertEquals("outcomes-preview: issues file " + missing + ": not found", stderr().strip());
    }

    @Test
    public void malformedIssuesFileIsARuntimeErrorNamingIssueAndField() throws Exception {
        // given
        Path file = folder.newFile("bad.json").toPath();
        Files.writeString(file, "{\"issues\": [{\"key\": \"ABC-12\", \"fields\": {\"project\": {\"key\": \"ABC\"},"
                + " \"issuetype\": {\"name\": \"Story\"}, \"resolutiondate\": \"2026-13-01\"}}]}");

        // when
        int status = run("--issues", file.toString(), "--data-dir", dataDir(), "--port", "0");

        // then
        assertEquals(1, status);
        assertEquals("outcomes-preview: issues file " + file + ": issue ABC-12: field resolutiondate: cannot read '2026-13-01' as a date",
                stderr().strip());
    }

    @Test
    public void portInUseIsARuntimeError() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            // given
            taken.bind(new InetSocketAddress(0));
            Path issues = new PreviewFixture(folder.newFolder("fixture").toPath()).issuesFile;

            // when
            int status = run("--issues", issues.toString(), "--data-dir", dataDir(), "--port", String.valueOf(taken.getLocalPort()));

            // then
            assertEquals(1, status);
            assertEquals("outcomes-preview: port " + taken.getLocalPort() + " is already in use", stderr().strip());
        }
    }

    @Test
    public void listensOnTheLoopbackAddressUnlessBindSaysOtherwise() {
        // given
        PreviewMain defaults = new PreviewMain(Clock.systemUTC(), System.err);
        PreviewMain everywhere = new PreviewMain(Clock.systemUTC(), System.err);

        // when
        new CommandLine(defaults).parseArgs("--data-dir", dataDir());
        new CommandLine(everywhere).parseArgs("--data-dir", dataDir(), "--bind", "0.0.0.0");

        // then
        assertEquals("127.0.0.1", defaults.settings().bind());
        assertEquals("0.0.0.0", everywhere.settings().bind());
    }

    @Test
    public void bindingAnAddressThisMachineDoesNotHaveIsARuntimeErrorNamingIt() throws Exception {
        // given 192.0.2.1: TEST-NET-1, documentation only, never an address of this machine
        Path issues = new PreviewFixture(folder.newFolder("fixture").toPath()).issuesFile;

        // when
        int status = run("--bind", "192.0.2.1", "--issues", issues.toString(), "--data-dir", dataDir(), "--port", "0");

        // then
        assertEquals(1, status);
        assertOneLine(stderr());
        assertTrue(stderr(), stderr().startsWith("outcomes-preview: cannot listen on 192.0.2.1 port 0: "));
    }

    @Test
    public void unreachableDatabaseIsARuntimeError() {
        // when: nothing listens on port 1
        int status = run("--database-url", "jdbc:postgresql://127.0.0.1:1/outcomes", "--database-user", "postgres", "--port", "0");

        // then
        assertEquals(1, status);
        assertOneLine(stderr());
        assertTrue(stderr(), stderr().startsWith("outcomes-preview: cannot open the database jdbc:postgresql://127.0.0.1:1/outcomes"));
    }

    @Test
    public void malformedUsersFileIsARuntimeError() throws Exception {
        // given
        Path users = folder.newFile("users.json").toPath();
        Files.writeString(users, "{\"users\": [{\"name\": \"ann\"}]}");

        // when
        int status = run("--users", users.toString(), "--data-dir", dataDir(), "--port", "0");

        // then
        assertEquals(1, status);
        assertEquals("outcomes-preview: users file " + users + ": user #1 needs a name and a password", stderr().strip());
    }

    @Test
    public void helpListsEveryFlagOfTheDesign() {
        // when
        int status = run("--help");

        // then
        assertEquals(0, status);
        String help = out.toString(StandardCharsets.UTF_8);
        for (String flag : new String[] {"--port", "--data-dir", "--issues", "--jira-url", "--jql", "--epic-link-field", "--sprint-field", "--epic-type",
                "--database-url", "--database-user", "--database-password", "--users", "--bind", "--reset-demo"}) {
            assertTrue(flag, help.contains(flag));
        }
    }

    @Test
    public void mailAndJobFlagsBecomeTheSettings() {
        // when
        PreviewMain main = new PreviewMain(java.time.Clock.systemUTC(), System.err);
        new picocli.CommandLine(main).parseArgs("--smtp-host", "mail.example.com", "--smtp-port", "2525",
                "--mail-from", "okr@example.com", "--job-interval", "15");
        PreviewSettings settings = main.settings();

        // then
        assertEquals(new com.outcomes.preview.automation.SmtpSettings("mail.example.com", 2525, "okr@example.com"),
                settings.smtp());
        assertEquals(java.time.Duration.ofMinutes(15), settings.jobInterval());
    }

    @Test
    public void withoutMailAndJobFlagsThereIsNoMailServerAndTheJobRunsHourly() {
        PreviewMain main = new PreviewMain(java.time.Clock.systemUTC(), System.err);
        new picocli.CommandLine(main).parseArgs();
        PreviewSettings settings = main.settings();
        assertFalse(settings.smtp().configured());
        assertEquals(25, settings.smtp().port());
        assertEquals(java.time.Duration.ofMinutes(60), settings.jobInterval());
        PreviewMain jobOnDemand = new PreviewMain(java.time.Clock.systemUTC(), System.err);
        new picocli.CommandLine(jobOnDemand).parseArgs("--job-interval", "0");
        assertFalse(jobOnDemand.settings().jobThread());
    }

    @Test
    public void badMailOrJobFlagsAreUsageErrorsNamingTheFlag() {
        assertEquals(2, run("--smtp-port", "2525", "--data-dir", dataDir()));
        assertTrue(stderr(), stderr().contains("--smtp-port and --mail-from need --smtp-host"));
        assertOneLine(stderr());
        assertUsageError("--smtp-port must be between 1 and 65535, not 0", "--smtp-host", "localhost", "--smtp-port", "0");
        assertUsageError("--mail-from must be a mail address, not not an address", "--smtp-host", "localhost",
                "--mail-from", "not an address");
        assertUsageError("--job-interval must be between 0 and 10080 minutes, not -5", "--job-interval", "-5");
    }

    private void assertUsageError(String message, String... args) {
        String[] withDataDir = java.util.Arrays.copyOf(args, args.length + 2);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir();
        int before = stderr().length();
        assertEquals(2, run(withDataDir));
        String line = stderr().substring(before);
        assertTrue(line, line.contains(message));
        assertOneLine(line);
    }
}
