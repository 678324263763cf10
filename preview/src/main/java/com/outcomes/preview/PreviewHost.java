package com.outcomes.preview;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.OutcomesCore;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.AutomationPorts;
import com.outcomes.port.IssueCounter;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.automation.JiraIssueCounter;
import com.outcomes.preview.automation.JobThread;
import com.outcomes.preview.automation.OneRunAtATime;
import com.outcomes.preview.automation.PreviewIssueCounter;
import com.outcomes.preview.automation.PreviewIssueLinks;
import com.outcomes.preview.automation.SmtpMailer;
import com.outcomes.preview.auth.FailedLogins;
import com.outcomes.preview.auth.LoginDelayPolicy;
import com.outcomes.preview.auth.PreviewAccessPolicy;
import com.outcomes.preview.auth.RequestUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.db.PreviewDatabase;
import com.outcomes.preview.demo.DemoPortfolio;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentException;
import com.outcomes.preview.work.IssuesDocumentParser;
import com.outcomes.preview.work.IssuesDocumentWorkTracker;
import com.outcomes.preview.work.JiraRestWorkTracker;
import com.outcomes.preview.work.JiraSite;
import com.outcomes.preview.pages.PagesServlet;
import com.outcomes.preview.pages.VelocityPageTemplates;
import com.outcomes.rest.JobResource;
import com.outcomes.service.Job;
import com.outcomes.service.JobControl;
import com.outcomes.service.Permissions;
import com.outcomes.view.I18n;

/**
 * The composition root of the preview: reads users and work data, opens and upgrades the database,
 * seeds the demo, wires core's services and starts the web server. {@link #close()} undoes it in
 * reverse order (web server first, so no request runs against a closed database).
 */
public final class PreviewHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewHost.class);
    /** The job's first run at the latest: soon enough to see it work, late enough not to compete with the start. */
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final PreviewDatabase database;
    private final PreviewServer server;
    private final JobThread jobs;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private PreviewHost(PreviewDatabase database, PreviewServer server, JobThread jobs) {
        this.database = database;
        this.server = server;
        this.jobs = jobs;
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
        if (settings.database().isEmbedded()) {
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw new PreviewStartupException("cannot create the data directory " + settings.dataDir() + ": " + e.getMessage(), e);
            }
        }
        DatabaseOpening opening = DatabaseOpening.start(settings.database());
        WorkSource work;
        try {
            work = work(settings, clock, users);
        } catch (RuntimeException e) {
            opening.abandon();
            throw e;
        }
        PreviewDatabase database = opening.opened();
        try {
            RequestUser requestUser = new RequestUser();
            AccessPolicy access = new PreviewAccessPolicy(requestUser, users, work.tracker());
            PreviewIssueLinks links = new PreviewIssueLinks();
            AutomationPorts automation = new AutomationPorts(work.counter(), new SmtpMailer(settings.smtp(), users), links);
            OutcomesCore core = CoreWiring.core(database, work.tracker(), access, clock, settings.demo(),
                    settings.resetDemo(), automation);
            Job job = new OneRunAtATime(core.job());
            PreviewServer server = new PreviewServer(settings.bind(), settings.port(), users, requestUser,
                    new FailedLogins(loginDelays, Clock.systemUTC()), restSingletons(core, job, access),
                    pageRoutes(core, work.tracker(), access, work.documents()));
            server.start();
            links.listeningAt(linkBase(server));
            Duration firstRun = settings.jobInterval().compareTo(FIRST_RUN) < 0 ? settings.jobInterval() : FIRST_RUN;
            JobThread jobs = settings.jobThread()
                    ? JobThread.start(job, work.refresh(), clock, firstRun, settings.jobInterval()) : null;
            PreviewHost host = new PreviewHost(database, server, jobs);
            if (server.everyInterface()) {
                LOG.info("Listening on every interface ({}) port {}: other machines can reach this preview", settings.bind(), server.port());
            }
            LOG.info("Outcomes preview at {}/", server.baseUri());
            LOG.info("Database: {}{}", settings.database().describe(), settings.database().isEmbedded() ? " (embedded, kept between runs)" : "");
            IssuesDocument document = work.documents().get();
            LOG.info("Work data: {} ({} issues, projects {})", work.description(), document.size(), document.projectKeys());
            LOG.info("Users: {}", String.join(", ", users.names()));
            LOG.info("Reminder mail: {}", settings.smtp().describe());
            LOG.info("Compute and remind: {}", jobs == null ? "only on POST /rest/outcomes/1.0/jobs/run (--job-interval 0)"
                    : "every " + describe(settings.jobInterval()) + ", first in " + describe(firstRun)
                    + (settings.jiraUrl() == null ? "" : ", each run after re-reading Jira"));
            return host;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Core's REST resources, with {@code POST /jobs/run} running the job the thread runs: never two runs at once in
     * this process, whoever starts them.
     */
    private static Set<Object> restSingletons(OutcomesCore core, Job job, AccessPolicy access) {
        Set<Object> singletons = new LinkedHashSet<>();
        core.restSingletons().stream().filter(r -> !(r instanceof JobResource)).forEach(singletons::add);
        singletons.add(new JobResource(new JobControl(job, new Permissions(access)), core.caller(), core.restSupport()));
        return singletons;
    }

    private static String describe(Duration duration) {
        return duration.toSecondsPart() == 0 && duration.toMillisPart() == 0 && duration.toMinutes() > 0
                ? duration.toMinutes() + (duration.toMinutes() == 1 ? " minute" : " minutes")
                : duration.toMillis() + " ms";
    }

    /**
     * Links in mails must work from another machine's mail client: with {@code --bind 0.0.0.0} they name this machine,
     * not the loopback address the log shows.
     */
    private static URI linkBase(PreviewServer server) {
        if (!server.everyInterface()) {
            return server.baseUri();
        }
        try {
            return URI.create("http://" + InetAddress.getLocalHost().getCanonicalHostName() + ":" + server.port());
        } catch (UnknownHostException e) {
            return server.baseUri();
        }
    }

    /**
     * The HTML pages, mounted after the REST API and the static assets. This is the one place to
     * register page servlets (the dashboard, issue and sprint pages replace the plain start page here).
     */
    static List<ServletRoute> pageRoutes(OutcomesCore core, WorkTracker work, AccessPolicy access,
                                         Supplier<IssuesDocument> documents) {
        return List.of(new ServletRoute("/", new PagesServlet(core, work, access,
                I18n.english(), new VelocityPageTemplates(), documents)));
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

    private static WorkSource work(PreviewSettings settings, Clock clock, UserDirectory users) {
        IssuesDocumentParser parser = new IssuesDocumentParser(settings.fieldNames());
        try {
            if (settings.issuesFile() != null) {
                IssuesDocument document = parser.read(settings.issuesFile());
                return WorkSource.of(document, users, "issues file " + settings.issuesFile());
            }
            if (settings.jiraUrl() != null) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                JiraSite site = new JiraSite(settings.jiraUrl(), System.getenv("JIRA_TOKEN"), http, JiraSite.DEFAULT_TIMEOUT);
                JiraRestWorkTracker jira = new JiraRestWorkTracker(site, settings.jql(), settings.fieldNames());
                // Jira counts computed metrics itself, and the job thread re-reads the work data before each run.
                return new WorkSource(jira, jira::document, new JiraIssueCounter(site, users), jira::refresh,
                        "Jira " + settings.jiraUrl());
            }
            // The demo is generated with the default field names, whatever the flags say.
            IssuesDocument demo = new IssuesDocumentParser(com.outcomes.preview.work.IssueFieldNames.defaults())
                    .parse(new DemoPortfolio(clock).issuesDocument());
            return WorkSource.of(demo, users, "demo portfolio");
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
            if (jobs != null) {
                jobs.close(); // first: a run in progress ends before the database closes under it
            }
            server.stop();
        } finally {
            database.close();
            stopped.countDown();
            LOG.info("Outcomes preview stopped");
        }
    }

    /**
     * Where the work data comes from: the tracker core reads, the document as now read (for the pages' chooser), how
     * computed metrics are counted, and what the job thread does before each run (re-read a live Jira, else nothing).
     */
    private record WorkSource(WorkTracker tracker, Supplier<IssuesDocument> documents, IssueCounter counter,
                              Runnable refresh, String description) {

        /** Data read once: a file or the demo, counted with the JQL subset. */
        static WorkSource of(IssuesDocument document, UserDirectory users, String description) {
            return new WorkSource(new IssuesDocumentWorkTracker(document), () -> document,
                    new PreviewIssueCounter(document, users), () -> { }, description);
        }
    }
}
