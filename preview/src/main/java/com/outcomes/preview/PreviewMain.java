package com.outcomes.preview;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import com.outcomes.preview.automation.SmtpSettings;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar outcomes-preview.jar}: the one command of DESIGN §6. Exit status 2 for a bad
 * command line, 1 when the preview cannot start (one line on stderr, no stack trace), 0 after a clean
 * stop on SIGTERM / Ctrl-C.
 */
@Command(name = "outcomes-preview", mixinStandardHelpOptions = true, version = "Outcomes preview 1.0",
        description = "Runs the Outcomes REST API, dashboard and panels with an embedded database and a demo portfolio.",
        sortOptions = false)
public final class PreviewMain implements Callable<Integer> {

    static final int RUNTIME_ERROR = 1;
    static final int USAGE_ERROR = 2;
    /** A week: a longer interval would leave DUE reminders (two days ahead) unsent. */
    static final int MAX_JOB_INTERVAL_MINUTES = 7 * 24 * 60;
    private static final Logger LOG = LoggerFactory.getLogger(PreviewMain.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = PreviewSettings.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 = every interface)")
    private String bind;

    @Option(names = "--data-dir", defaultValue = PreviewSettings.DEFAULT_DATA_DIR,
            description = "Directory of the embedded database, kept between runs (default: ./${DEFAULT-VALUE})")
    private Path dataDir;

    @Option(names = "--issues", paramLabel = "FILE",
            description = "Work data: a JSON document shaped like Jira's /rest/api/2/search answer")
    private Path issuesFile;

    @Option(names = "--jira-url", paramLabel = "URL",
            description = "Work data read once at start from this Jira (token in the JIRA_TOKEN environment variable)")
    private URI jiraUrl;

    @Option(names = "--jql", paramLabel = "JQL", description = "Search used with --jira-url (default: every issue)")
    private String jql;

    @Option(names = "--epic-link-field", paramLabel = "ID",
            description = "Field holding the epic link (default: with --jira-url the gh-epic-link field of /rest/api/2/field, else "
                    + IssueFieldNames.DEFAULT_EPIC_LINK_FIELD + ")")
    private String epicLinkField;

    @Option(names = "--sprint-field", paramLabel = "ID",
            description = "Field holding the sprints (default: with --jira-url the gh-sprint field of /rest/api/2/field, else "
                    + IssueFieldNames.DEFAULT_SPRINT_FIELD + ")")
    private String sprintField;

    @Option(names = "--epic-type", paramLabel = "NAME", defaultValue = IssueFieldNames.DEFAULT_EPIC_TYPE,
            description = "Name of the site's epic issue type, e.g. \"Épopée\" (default: ${DEFAULT-VALUE})")
    private String epicType;

    @Option(names = "--database-url", paramLabel = "JDBC_URL",
            description = "PostgreSQL instead of the embedded database, e.g. jdbc:postgresql://localhost:5432/outcomes")
    private String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER")
    private String databaseUser;

    @Option(names = "--database-password", paramLabel = "PASSWORD")
    private String databasePassword;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Logins replacing admin/admin and viewer/viewer: {\"users\": [{\"name\", \"password\", \"browse\": [...], \"edit\": [...]}]}")
    private Path usersFile;

    @Option(names = "--smtp-host", paramLabel = "HOST",
            description = "SMTP server for reminder mails (default: none, reminders are only stored)")
    private String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "N", description = "SMTP port (default: " + SmtpSettings.DEFAULT_PORT + ")")
    private Integer smtpPort;

    @Option(names = "--mail-from", paramLabel = "ADDRESS",
            description = "Sender of reminder mails (default: " + SmtpSettings.DEFAULT_FROM + ")")
    private String mailFrom;

    @Option(names = "--job-interval", paramLabel = "MINUTES", defaultValue = "" + PreviewSettings.DEFAULT_JOB_INTERVAL_MINUTES,
            description = "Run \"compute and remind\" (and re-read --jira-url) every MINUTES (default: ${DEFAULT-VALUE};"
                    + " 0 = only POST /jobs/run)")
    private int jobInterval;

    @Option(names = "--reset-demo",
            description = "Drop the demo's metrics and readings (recorded values included) and seed the demo afresh")
    private boolean resetDemo;

    private final Clock clock;
    private final PrintStream err;

    PreviewMain(Clock clock, PrintStream err) {
        this.clock = clock;
        this.err = err;
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.exit(status);
    }

    /** Parses, starts and (on success) blocks until the preview is stopped; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new PreviewMain(Clock.systemDefaultZone(), err));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            err.println("outcomes-preview: " + e.getMessage() + " (see --help)");
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, ignored, parseResult) -> {
            LOG.debug("Start-up failed", e);
            err.println("outcomes-preview: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return RUNTIME_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        PreviewSettings settings = settings();
        PreviewHost host;
        try {
            host = PreviewHost.start(settings, clock);
        } catch (PreviewStartupException e) {
            LOG.debug("Start-up failed", e);
            err.println("outcomes-preview: " + e.getMessage());
            return RUNTIME_ERROR;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "outcomes-preview-shutdown"));
        host.awaitStop();
        return 0;
    }

    PreviewSettings settings() {
        if (issuesFile != null && jiraUrl != null) {
            throw new ParameterException(spec.commandLine(), "--issues and --jira-url are mutually exclusive");
        }
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (bind.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--bind needs an address, e.g. 127.0.0.1 or 0.0.0.0");
        }
        if (databaseUrl == null && (databaseUser != null || databasePassword != null)) {
            throw new ParameterException(spec.commandLine(), "--database-user and --database-password need --database-url");
        }
        if (databaseUrl != null && !databaseUrl.startsWith("jdbc:postgresql:") && !databaseUrl.startsWith("jdbc:hsqldb:")) {
            throw new ParameterException(spec.commandLine(), "--database-url must be a jdbc:postgresql: URL, not " + databaseUrl);
        }
        if (jiraUrl != null && (jiraUrl.getScheme() == null || !jiraUrl.getScheme().startsWith("http"))) {
            throw new ParameterException(spec.commandLine(), "--jira-url must be an http(s) URL, not " + jiraUrl);
        }
        DatabaseSettings database = databaseUrl == null
                ? DatabaseSettings.embedded(dataDir)
                : new DatabaseSettings(databaseUrl, databaseUser, databasePassword);
        if (resetDemo && (issuesFile != null || jiraUrl != null)) {
            // the reset wipes every metric: only the demo's own database may be wiped that way
            throw new ParameterException(spec.commandLine(), "--reset-demo resets the demo; it cannot be used with --issues or --jira-url");
        }
        return new PreviewSettings(bind, port, dataDir, issuesFile, jiraUrl, jql,
                IssueFieldNames.fromFlags(epicLinkField, sprintField, epicType), database, usersFile, resetDemo,
                smtp(), jobInterval());
    }

    private SmtpSettings smtp() {
        if (smtpHost == null && (smtpPort != null || mailFrom != null)) {
            throw new ParameterException(spec.commandLine(), "--smtp-port and --mail-from need --smtp-host");
        }
        if (smtpHost != null && smtpHost.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--smtp-host needs a host name or address");
        }
        int smtpPortNumber = smtpPort == null ? SmtpSettings.DEFAULT_PORT : smtpPort;
        if (smtpPortNumber < 1 || smtpPortNumber > 65_535) {
            throw new ParameterException(spec.commandLine(), "--smtp-port must be between 1 and 65535, not " + smtpPortNumber);
        }
        if (mailFrom != null) {
            try {
                new InternetAddress(mailFrom, true).validate();
            } catch (AddressException e) {
                throw new ParameterException(spec.commandLine(), "--mail-from must be a mail address, not " + mailFrom);
            }
        }
        return new SmtpSettings(smtpHost, smtpPortNumber, mailFrom);
    }

    private Duration jobInterval() {
        if (jobInterval < 0 || jobInterval > MAX_JOB_INTERVAL_MINUTES) {
            throw new ParameterException(spec.commandLine(), "--job-interval must be between 0 and "
                    + MAX_JOB_INTERVAL_MINUTES + " minutes, not " + jobInterval);
        }
        return Duration.ofMinutes(jobInterval);
    }
}
