package com.outcomes.preview;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.OutcomesCore;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.auth.FailedLogins;
import com.outcomes.preview.auth.LoginDelayPolicy;
import com.outcomes.preview.auth.PreviewAccessPolicy;
import com.outcomes.preview.auth.RequestUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.db.DatabaseUnavailableException;
import com.outcomes.preview.db.PreviewDatabase;
import com.outcomes.preview.demo.DemoPortfolio;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentException;
import com.outcomes.preview.work.IssuesDocumentParser;
import com.outcomes.preview.work.IssuesDocumentWorkTracker;
import com.outcomes.preview.work.JiraRestWorkTracker;
import com.outcomes.preview.pages.PagesServlet;
import com.outcomes.preview.pages.VelocityPageTemplates;
import com.outcomes.view.I18n;

/**
 * The composition root of the preview: reads users and work data, opens and upgrades the database,
 * seeds the demo, wires core's services and starts the web server. {@link #close()} undoes it in
 * reverse order (web server first, so no request runs against a closed database).
 */
public final class PreviewHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewHost.class);

    private final PreviewDatabase database;
    private final PreviewServer server;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private PreviewHost(PreviewDatabase database, PreviewServer server) {
        this.database = database;
        this.server = server;
    }

    /**
     * Starts everything or nothing.
     *
     * @throws PreviewStartupException with a one-line reason when something the user gave cannot be used
     */
    public static PreviewHost start(PreviewSettings settings, Clock clock) {
        return start(settings, clock, LoginDelayPolicy.DEFAULT);
    }

    /** As {@link #start(PreviewSettings, Clock)}, with wrong passwords slowed as {@code loginDelays} says. */
    public static PreviewHost start(PreviewSettings settings, Clock clock, LoginDelayPolicy loginDelays) {
        UserDirectory users = users(settings);
        WorkSource work = work(settings, clock);
        if (settings.database().isEmbedded()) {
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw new PreviewStartupException("cannot create the data directory " + settings.dataDir() + ": " + e.getMessage(), e);
            }
        }
        PreviewDatabase database;
        try {
            database = PreviewDatabase.open(settings.database());
        } catch (DatabaseUnavailableException e) {
            throw new PreviewStartupException(e.getMessage(), e);
        }
        try {
            RequestUser requestUser = new RequestUser();
            AccessPolicy access = new PreviewAccessPolicy(requestUser, users, work.tracker());
            OutcomesCore core = CoreWiring.core(database, work.tracker(), access, clock, settings.demo(),
                    settings.resetDemo());
            PreviewServer server = new PreviewServer(settings.bind(), settings.port(), users, requestUser,
                    new FailedLogins(loginDelays, Clock.systemUTC()), core.restSingletons(),
                    pageRoutes(core, work.tracker(), access, work.document()));
            server.start();
            PreviewHost host = new PreviewHost(database, server);
            if (server.everyInterface()) {
                LOG.info("Listening on every interface ({}) port {}: other machines can reach this preview", settings.bind(), server.port());
            }
            LOG.info("Outcomes preview at {}/", server.baseUri());
            LOG.info("Database: {}{}", settings.database().describe(), settings.database().isEmbedded() ? " (embedded, kept between runs)" : "");
            LOG.info("Work data: {} ({} issues, projects {})", work.description(), work.document().size(), work.document().projectKeys());
            LOG.info("Users: {}", String.join(", ", users.names()));
            return host;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * The HTML pages, mounted after the REST API and the static assets. This is the one place to
     * register page servlets (the dashboard, issue and sprint pages replace the plain start page here).
     */
    static List<ServletRoute> pageRoutes(OutcomesCore core, WorkTracker work, AccessPolicy access, IssuesDocument document) {
        return List.of(new ServletRoute("/", new PagesServlet(core, work, access,
                I18n.english(), new VelocityPageTemplates(), document.issueKeysByProject(),
                List.copyOf(document.sprints()))));
    }

    private static UserDirectory users(PreviewSettings settings) {
        if (settings.usersFile() == null) {
            return UserDirectory.builtIn();
        }
        try {
            return UserDirectory.read(settings.usersFile());
        } catch (IllegalArgumentException e) {
            throw new PreviewStartupException(e.getMessage(), e);
        }
    }

    private static WorkSource work(PreviewSettings settings, Clock clock) {
        IssuesDocumentParser parser = new IssuesDocumentParser(settings.fieldNames());
        try {
            if (settings.issuesFile() != null) {
                IssuesDocument document = parser.read(settings.issuesFile());
                return new WorkSource(new IssuesDocumentWorkTracker(document), document, "issues file " + settings.issuesFile());
            }
            if (settings.jiraUrl() != null) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                JiraRestWorkTracker jira = new JiraRestWorkTracker(settings.jiraUrl(), System.getenv("JIRA_TOKEN"),
                        settings.jql(), settings.fieldNames(), http);
                return new WorkSource(jira, jira.document(), "Jira " + settings.jiraUrl());
            }
            // The demo is generated with the default field names, whatever the flags say.
            IssuesDocument demo = new IssuesDocumentParser(com.outcomes.preview.work.IssueFieldNames.defaults())
                    .parse(new DemoPortfolio(clock).issuesDocument());
            return new WorkSource(new IssuesDocumentWorkTracker(demo), demo, "demo portfolio");
        } catch (IssuesDocumentException e) {
            throw new PreviewStartupException(e.getMessage(), e);
        }
    }

    public int port() {
        return server.port();
    }

    public java.net.URI baseUri() {
        return server.baseUri();
    }

    /** Blocks until {@link #close()} has run (from the shutdown hook on SIGTERM). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop();
        } finally {
            database.close();
            stopped.countDown();
            LOG.info("Outcomes preview stopped");
        }
    }

    private record WorkSource(WorkTracker tracker, IssuesDocument document, String description) {
    }
}
