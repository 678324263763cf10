package com.outcomes.preview;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import com.outcomes.preview.auth.LoginDelayPolicy;

/**
 * A class rule that starts one real preview for a test class — in its own temporary folder, on the database
 * {@link TestDatabases} chooses, at {@link PreviewFixture#CLOCK} — and stops it afterwards: the host closed, the
 * PostgreSQL schema dropped and the folder deleted, also when the start fails.
 */
public final class RunningPreview extends ExternalResource {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final boolean demo;
    private String usersJson;
    private LoginDelayPolicy loginDelays;
    private UnaryOperator<PreviewSettings> tweak = UnaryOperator.identity();
    private PreviewFixture fixture;
    private PreviewSettings settings;
    private PreviewHost host;

    private RunningPreview(boolean demo) {
        this.demo = demo;
    }

    /** The preview over the small test issues document ({@code /issues-small.json}). */
    public static RunningPreview onSmallIssues() {
        return new RunningPreview(false);
    }

    /** The preview without an issues file: the demo portfolio. */
    public static RunningPreview onTheDemo() {
        return new RunningPreview(true);
    }

    /** Users as the preview's users file holds them; without, the preview's default users. */
    public RunningPreview withUsers(String json) {
        this.usersJson = json;
        return this;
    }

    public RunningPreview withLoginDelays(LoginDelayPolicy policy) {
        this.loginDelays = policy;
        return this;
    }

    /** Changes the settings just before the start (they already name the test database and folders). */
    public RunningPreview withSettings(UnaryOperator<PreviewSettings> change) {
        this.tweak = change;
        return this;
    }

    @Override
    protected void before() throws Throwable {
        folder.create();
        try {
            Path root = folder.getRoot().toPath();
            fixture = new PreviewFixture(root);
            Path users = null;
            if (usersJson != null) {
                users = Files.writeString(root.resolve("users.json"), usersJson);
            }
            settings = tweak.apply(fixture.settings(demo ? null : fixture.issuesFile, users));
            host = loginDelays == null ? PreviewHost.start(settings, PreviewFixture.CLOCK)
                    : PreviewHost.start(settings, PreviewFixture.CLOCK, loginDelays);
        } catch (Throwable e) {
            after();
            throw e;
        }
    }

    @Override
    protected void after() {
        try {
            if (host != null) {
                host.close();
            }
        } finally {
            host = null;
            if (fixture != null) {
                fixture.dropDatabase();
            }
            folder.delete();
        }
    }

    public PreviewHost host() {
        return host;
    }

    public PreviewFixture fixture() {
        return fixture;
    }

    /** The settings the preview started with. */
    public PreviewSettings settings() {
        return settings;
    }

    public URI uri(String path) {
        return PreviewFixture.uri(host, path);
    }

    /** A request to {@code path} on this preview, to finish and {@link #send send}. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    /** GET {@code path}, with Basic authentication when {@code user} is given. */
    public HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        return fixture.get(host, path, user, password);
    }

    /** Sends the request, with Basic authentication when {@code user} is given. */
    public HttpResponse<String> send(HttpRequest.Builder request, String user, String password)
            throws IOException, InterruptedException {
        return fixture.send(host, request, user, password);
    }
}
