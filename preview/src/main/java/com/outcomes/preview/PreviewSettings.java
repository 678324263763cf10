package com.outcomes.preview;

import java.net.URI;
import java.nio.file.Path;

import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;

/**
 * Everything the command line decides. Exactly one work source: {@code issuesFile}, {@code jiraUrl},
 * or neither (the demo portfolio). {@code usersFile} null = the built-in users. {@code resetDemo}: drop the demo's
 * metrics and seed them afresh (demo only).
 */
public record PreviewSettings(
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
    public PreviewSettings(int port, Path dataDir, Path issuesFile, URI jiraUrl, String jql, IssueFieldNames fieldNames,
                           DatabaseSettings database, Path usersFile) {
        this(port, dataDir, issuesFile, jiraUrl, jql, fieldNames, database, usersFile, false);
    }

    /** Default data directory, relative to the working directory: {@code ./outcomes-data}. */
    public static final String DEFAULT_DATA_DIR = "outcomes-data";

    public boolean demo() {
        return issuesFile == null && jiraUrl == null;
    }
}
