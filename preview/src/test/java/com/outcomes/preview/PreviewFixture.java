package com.outcomes.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;

/**
 * Starts a real preview (Jetty, Jersey, database) on a free port over the small test issues document
 * ({@code /issues-small.json}); public so browser tests in other packages can use it too.
 */
public final class PreviewFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC);

    private final HttpClient http = HttpClient.newHttpClient();
    public final Path dataDir;
    public final Path issuesFile;
    private DatabaseSettings database;

    public PreviewFixture(Path folder) throws IOException {
        this.dataDir = folder.resolve("data");
        this.issuesFile = folder.resolve("issues.json");
        try (InputStream in = PreviewFixture.class.getResourceAsStream("/issues-small.json")) {
            Files.copy(in, issuesFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The same database for every start of this fixture (restart tests), created on first use. */
    public PreviewSettings settings(Path issues, Path users) {
        if (database == null) {
            database = TestDatabases.fresh(dataDir);
        }
        return new PreviewSettings(null, 0, dataDir, issues, null, null, IssueFieldNames.defaults(), database, users);
    }

    /** Drops the PostgreSQL schema of this fixture, if one was made (the embedded database lives in a temp folder). */
    public void dropDatabase() {
        if (database != null) {
            TestDatabases.drop(database);
        }
    }

    public PreviewHost start() {
        return PreviewHost.start(settings(issuesFile, null), CLOCK);
    }

    public HttpResponse<String> get(PreviewHost host, String path, String user, String password) throws IOException, InterruptedException {
        return send(host, HttpRequest.newBuilder(uri(host, path)).GET(), user, password);
    }

    public HttpResponse<String> send(PreviewHost host, HttpRequest.Builder request, String user, String password)
            throws IOException, InterruptedException {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static URI uri(PreviewHost host, String path) {
        return host.baseUri().resolve(path);
    }
}
