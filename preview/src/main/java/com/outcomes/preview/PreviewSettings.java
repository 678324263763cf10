package com.outcomes.preview;

import java.net.URI;
import java.nio.file.Path;

import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;

/**
 * Everything the command line decides. Exactly one work source: {@code issuesFile}, {@code jiraUrl},
 * or neither (the demo portfolio). {@code usersFile} null = the built-in users. {@code bind} is the address
 * to listen on ({@value #DEFAULT_BIND} when null). {@code resetDemo}: drop the demo's metrics and seed them afresh
 * (demo only).
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
        boolean resetDemo) {

    /** Without {@code --reset-demo}. */
    public PreviewSettings(String bind, int port, Path dataDir, Path issuesFile, URI jiraUrl, String jql,
                           IssueFieldNames fieldNames, DatabaseSettings database, Path usersFile) {
        this(bind, port, dataDir, issuesFile, jiraUrl, jql, fieldNames, database, usersFile, false);
    }

    /** Default data directory, relative to the working directory: {@code ./outcomes-data}. */
    public static final String DEFAULT_DATA_DIR = "outcomes-data";
    /** Loopback only: the built-in logins are admin/admin, so other machines must be let in on purpose. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    public PreviewSettings {
        bind = bind == null || bind.isBlank() ? DEFAULT_BIND : bind.strip();
    }

    public boolean demo() {
        return issuesFile == null && jiraUrl == null;
    }
}
