package com.outcomes.preview;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import com.outcomes.preview.automation.SmtpSettings;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;

/**
 * Everything the command line decides. Exactly one work source: {@code issuesFile}, {@code jiraUrl},
 * or neither (the demo portfolio). {@code usersFile} null = the built-in users. {@code bind} is the address
 * to listen on ({@value #DEFAULT_BIND} when null). {@code resetDemo}: drop the demo's metrics and seed them afresh
 * (demo only). {@code smtp}: where reminder mails go (none: only stored). {@code jobInterval}: how often the job
 * thread runs "compute and remind" (and re-reads a live Jira); zero = never, only {@code POST /jobs/run}.
 */
public record PreviewSettings(
        String bind,
        int port,
        Path dataDir,
        Path issuesFile,
        URI jiraUrl,
        String jql,
        IssueFieldNames fieldNames,
        DatabaseSettings database,
        Path usersFile,
        boolean resetDemo,
        SmtpSettings smtp,
        Duration jobInterval) {

    /** Without {@code --reset-demo}, without mail and without the job thread. */
    public PreviewSettings(String bind, int port, Path dataDir, Path issuesFile, URI jiraUrl, String jql,
                           IssueFieldNames fieldNames, DatabaseSettings database, Path usersFile) {
        this(bind, port, dataDir, issuesFile, jiraUrl, jql, fieldNames, database, usersFile, false);
    }

    /** Without mail and without the job thread (as tests start it; the command line always says both). */
    public PreviewSettings(String bind, int port, Path dataDir, Path issuesFile, URI jiraUrl, String jql,
                           IssueFieldNames fieldNames, DatabaseSettings database, Path usersFile, boolean resetDemo) {
        this(bind, port, dataDir, issuesFile, jiraUrl, jql, fieldNames, database, usersFile, resetDemo,
                SmtpSettings.none(), Duration.ZERO);
    }

    /** Default {@code --job-interval}: hourly, as DESIGN §3b schedules the job in Jira. */
    public static final int DEFAULT_JOB_INTERVAL_MINUTES = 60;

    public PreviewSettings withSmtp(SmtpSettings mail) {
        return new PreviewSettings(bind, port, dataDir, issuesFile, jiraUrl, jql, fieldNames, database, usersFile,
                resetDemo, mail, jobInterval);
    }

    public PreviewSettings withJobInterval(Duration interval) {
        return new PreviewSettings(bind, port, dataDir, issuesFile, jiraUrl, jql, fieldNames, database, usersFile,
                resetDemo, smtp, interval);
    }

    public boolean jobThread() {
        return !jobInterval.isZero();
    }

    /** Default data directory, relative to the working directory: {@code ./outcomes-data}. */
    public static final String DEFAULT_DATA_DIR = "outcomes-data";
    /** Loopback only: the built-in logins are admin/admin, so other machines must be let in on purpose. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    public PreviewSettings {
        bind = bind == null || bind.isBlank() ? DEFAULT_BIND : bind.strip();
        smtp = smtp == null ? SmtpSettings.none() : smtp;
        jobInterval = jobInterval == null ? Duration.ZERO : jobInterval;
        if (jobInterval.isNegative()) {
            throw new IllegalArgumentException("the job interval cannot be negative: " + jobInterval);
        }
    }

    public boolean demo() {
        return issuesFile == null && jiraUrl == null;
    }
}
