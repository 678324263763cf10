package com.outcomes.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.OutcomesCore;
import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.Metric;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.AutomationPorts;
import com.outcomes.port.IssueCounter;
import com.outcomes.port.Mailer;
import com.outcomes.preview.auth.PreviewAccessPolicy;
import com.outcomes.preview.auth.RequestUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.automation.PreviewIssueCounter;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.pages.VelocityPageTemplates;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentWorkTracker;
import com.outcomes.service.JobResult;
import com.outcomes.store.EntityManagerDatabase;

import net.java.ao.DatabaseProvider;

/**
 * Issue 18 target 4: one run of "compute and remind" ({@code core.job().run(asOf)}, in-process: the bench host's REST
 * server is wired with the refusing automation ports, and the job's cost is the job, not the HTTP call) over the large
 * portfolio, with the preview's JQL-subset counter over the issues document and a mailer that accepts every mail.
 * Every metric of the portfolio gets an owner (reminders go to it); {@code computed} of them count issues.
 * Two runs a week apart with a growing number of computed metrics, so the statements of the run can be compared:
 * reads (SELECT from a table) and the rest (one transaction per reading or reminder, DESIGN §3b, with PostgreSQL's
 * key look-ups for its inserts) are counted apart.
 */
public final class JobBench {

    private static final Logger LOG = LoggerFactory.getLogger(JobBench.class);
    static final String OWNER = "admin";
    /** Computed metrics in the two runs: the statements of the second must not grow with the metrics. */
    static final List<Integer> SIZES = List.of(100, 200);

    /** One run: its size, what it did, how long it took, the statements it sent. */
    public record Run(int computedMetrics, LocalDate asOf, boolean rerun, JobResult result, double seconds,
                      int counts, double countSeconds, int selects, int writes) {
        public int statements() {
            return selects + writes;
        }

        /** Computed readings and reminders stored. */
        public int rowsStored() {
            return result.computed() + result.reminders();
        }
    }

    public record Results(String database, int metrics, int issues, List<Run> runs) {

        /** The runs that had work to do, in order of size. */
        public List<Run> measured() {
            return runs.stream().filter(r -> !r.rerun()).toList();
        }

        /** The same-day repeats: the job's reads alone. */
        public List<Run> reruns() {
            return runs.stream().filter(Run::rerun).toList();
        }
    }

    private final IssuesDocument document;
    private final UserDirectory users;

    public JobBench(IssuesDocument document, UserDirectory users) {
        this.document = document;
        this.users = users;
    }

    /**
     * @param sizes how many metrics are computed in each run, growing (each run adds computed metrics to the last)
     */
    public Results run(BenchDatabase database, GeneratedPortfolio large, LocalDate asOf, List<Integer> sizes) {
        AtomicInteger selects = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        Map<String, Integer> statementLog = new ConcurrentHashMap<>();
        DatabaseProvider.SqlListener counter = sql -> {
            String shape = sql.strip().replaceAll("\\s+", " ");
            statementLog.merge(shape.substring(0, Math.min(90, shape.length())), 1, Integer::sum);
            // A read is a SELECT from a table; PostgreSQL's key look-up (SELECT NEXTVAL(...), no FROM) is its insert's.
            String upper = sql.strip().toUpperCase(Locale.ROOT);
            if (upper.startsWith("SELECT") && upper.contains(" FROM ")) {
                selects.incrementAndGet();
            } else {
                writes.incrementAndGet();
            }
        };
        EntityManagerDatabase store = new EntityManagerDatabase(database.entityManager());
        IssuesDocumentWorkTracker tracker = new IssuesDocumentWorkTracker(document);
        AccessPolicy access = new PreviewAccessPolicy(new RequestUser(), users, tracker);
        Mailer accepting = (to, subject, body) -> { };
        TimedCounter timed = new TimedCounter(new PreviewIssueCounter(document, users));
        AutomationPorts automation = new AutomationPorts(timed, accepting,
                key -> "http://bench.invalid/browse/" + key);
        String project = large.shape().project();
        List<Metric> portfolio = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        LocalDate runDay = asOf;
        for (int r = 0; r < 2 * sizes.size(); r++) {
            int size = sizes.get(r / 2);
            boolean rerun = r % 2 == 1;
            // every run a week later: the portfolio's weekly metrics (last read on asOf) and last run's computed ones are
            // due; each run is repeated on the same day, when everything is done: its statements are the job's reads
            runDay = rerun ? runDay : runDay.plusDays(7);
            Clock clock = Clock.fixed(runDay.atTime(3, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            OutcomesCore core = new OutcomesCore(store, tracker, access, clock, new VelocityPageTemplates(), automation);
            if (portfolio.isEmpty()) {
                portfolio.addAll(core.metricRepository().all().stream()
                        .filter(m -> m.issueKey().startsWith(project + "-")).toList());
                LOG.info("Job bench on {}: {} metrics of {}", database.label(), portfolio.size(), project);
            }
            defineOwnersAndComputations(core, portfolio, size, project);
            database.entityManager().getProvider().addSqlListener(counter);
            selects.set(0);
            writes.set(0);
            statementLog.clear();
            timed.reset();
            long started = System.nanoTime();
            JobResult result = core.job().run(runDay);
            double seconds = (System.nanoTime() - started) / 1e9;
            database.entityManager().getProvider().removeSqlListener(counter);
            Run run = new Run(size, runDay, rerun, result, seconds, timed.counts(), timed.seconds(), selects.get(), writes.get());
            LOG.info("Job on {} with {} computed metrics as of {}{}: {} in {} s ({} counts, {} s counting), {} SELECT + {} other statements",
                    database.label(), size, runDay, rerun ? " (again)" : "", result, String.format(Locale.ROOT, "%.2f", seconds),
                    run.counts(), String.format(Locale.ROOT, "%.2f", run.countSeconds()), run.selects(), run.writes());
            LOG.info("Statements of that run, most frequent first:\n{}", statementLog.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .map(e -> String.format(Locale.ROOT, "%6d  %s", e.getValue(), e.getKey()))
                    .collect(java.util.stream.Collectors.joining("\n")));
            runs.add(run);
        }
        return new Results(database.label(), portfolio.size(), document.size(), List.copyOf(runs));
    }

    /** Owner on every metric; the first {@code computed} of them count done issues (every other one per all issues). */
    private static void defineOwnersAndComputations(OutcomesCore core, List<Metric> portfolio, int computed, String project) {
        for (int i = 0; i < portfolio.size(); i++) {
            Metric metric = portfolio.get(i);
            ComputedBy by = i < computed ? computation(i, project) : null;
            boolean changes = !OWNER.equals(metric.definition().owner())
                    || (by != null && metric.definition().computed() == null);
            if (changes) {
                Metric updated = core.metricRepository().update(metric.id(),
                        metric.definition().withOwner(OWNER).withComputed(by));
                portfolio.set(i, updated);
            }
        }
    }

    /**
     * {@code --job-only}: loads the large portfolio alone into a fresh HSQLDB file database (and PostgreSQL unless
     * {@code postgres} is null), runs the job case on each and logs its figures as Markdown table rows.
     */
    static List<Results> alone(java.nio.file.Path workDir, GeneratedPortfolio large, IssuesDocument largeDocument,
                               UserDirectory users, LocalDate asOf, Clock clock,
                               DatabaseSettings postgres, List<Integer> sizes) throws Exception {
        List<Results> all = new ArrayList<>();
        java.nio.file.Path hsqlDir = workDir.resolve("hsqldb-job");
        BenchMain.deleteTree(hsqlDir);
        all.add(loadAndRun(BenchDatabase.preview(DatabaseSettings.embedded(hsqlDir), "HSQLDB"),
                DatabaseSettings.embedded(hsqlDir), "HSQLDB", large, largeDocument, users, asOf, clock, sizes));
        if (postgres != null) {
            BenchMain.resetSchema(postgres);
            all.add(loadAndRun(BenchDatabase.preview(postgres, "PostgreSQL"), postgres, "PostgreSQL", large, largeDocument,
                    users, asOf, clock, sizes));
        }
        LOG.info("Job bench rows:\n{}", rows(all));
        return all;
    }

    private static Results loadAndRun(BenchDatabase loading, DatabaseSettings settings, String label,
                                      GeneratedPortfolio large, IssuesDocument document, UserDirectory users,
                                      LocalDate asOf, Clock clock, List<Integer> sizes) {
        try (BenchHost host = BenchHost.open(loading, document, clock, users)) {
            LOG.info("Loading {} into {}", large.shape().project(), label);
            new Workload(asOf, large, List.of()).load(new PortfolioLoader(host.core().metricRepository(),
                    host.core().readingRepository(), clock.instant()));
        }
        try (BenchDatabase database = BenchDatabase.preview(settings, label)) {
            return new JobBench(document, users).run(database, large, asOf, sizes);
        }
    }

    /** The preview's counter, timed: how much of a run is counting issues. */
    private static final class TimedCounter implements IssueCounter {
        private final IssueCounter counter;
        private final AtomicInteger counts = new AtomicInteger();
        private final AtomicLong nanos = new AtomicLong();

        TimedCounter(IssueCounter counter) {
            this.counter = counter;
        }

        @Override
        public Optional<String> problemWith(String jql, String user) {
            return counter.problemWith(jql, user);
        }

        @Override
        public long count(String jql, String user, LocalDate asOf) {
            long started = System.nanoTime();
            try {
                return counter.count(jql, user, asOf);
            } finally {
                nanos.addAndGet(System.nanoTime() - started);
                counts.incrementAndGet();
            }
        }

        void reset() {
            counts.set(0);
            nanos.set(0);
        }

        int counts() {
            return counts.get();
        }

        double seconds() {
            return nanos.get() / 1e9;
        }
    }

    /** Loads nothing: measures the job on a database the full run has loaded (and no longer holds open). */
    static Results measure(DatabaseSettings settings, String label, GeneratedPortfolio large, IssuesDocument largeDocument,
                           UserDirectory users, LocalDate asOf) {
        try (BenchDatabase database = BenchDatabase.preview(settings, label)) {
            return new JobBench(largeDocument, users).run(database, large, asOf, SIZES);
        }
    }

    /** {@code | database | computed metrics | asOf | seconds | counts / their seconds | computed | reminders | errors | SELECT | other | total |} */
    static String rows(List<Results> all) {
        StringBuilder rows = new StringBuilder();
        for (Results r : all) {
            for (Run run : r.runs()) {
                rows.append(String.format(Locale.ROOT, "| %s | %d of %d | %s%s | %.2f | %d / %.2f s | %d | %d | %d | %d | %d | %d |%n",
                        r.database(), run.computedMetrics(), r.metrics(), run.asOf(), run.rerun() ? " (again)" : "",
                        run.seconds(), run.counts(), run.countSeconds(),
                        run.result().computed(), run.result().reminders(), run.result().errors(),
                        run.selects(), run.writes(), run.statements()));
            }
        }
        return rows.toString();
    }

    static ComputedBy computation(int i, String project) {
        String done = "project = " + project + " AND statusCategory = Done AND resolved >= -28d";
        return i % 2 == 0
                ? new ComputedBy(done, null, 1)
                : new ComputedBy(done, "project = " + project + " AND resolved >= -28d", 100);
    }
}
