package com.outcomes.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentParser;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar bench/target/outcomes-bench.jar --out bench/RESULTS.md}: generates the portfolios, loads them
 * into HSQLDB (file) and PostgreSQL through the store, measures every case over HTTP, starts the shaded preview
 * jar on the large portfolio, and writes the Markdown report and the latency chart.
 */
@Command(name = "outcomes-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Benchmarks Outcomes for Jira at Data Center scale and writes RESULTS.md and dashboard-latency.png.")
public final class BenchMain implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BenchMain.class);
    /** Project of the scale ×5 portfolio: {@code PortfolioShape.of("HUGE", 1000)} has issue 18 target 3's numbers. */
    static final String SCALE_PROJECT = "HUGE";
    /** Three times the 20 s target: a slower start is reported as not answering in time, not waited for. */
    static final long SCALE_START_TIMEOUT_MS = 60_000;

    @Option(names = "--out", defaultValue = "bench/RESULTS.md", description = "Markdown report (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--chart", description = "PNG chart (default: dashboard-latency.png next to --out)")
    private Path chart;

    @Option(names = "--work-dir", defaultValue = "bench/target/bench-work", description = "Generated files and the HSQLDB database")
    private Path workDir;

    @Option(names = "--preview-jar", defaultValue = "preview/target/outcomes-preview.jar",
            description = "Shaded preview jar for the start-time and heap measurement; skipped when missing")
    private Path previewJar;

    @Option(names = "--postgres-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=outcomes_bench",
            description = "PostgreSQL database; its currentSchema is dropped and recreated (default: ${DEFAULT-VALUE})")
    private String postgresUrl;

    @Option(names = "--postgres-user", defaultValue = "postgres")
    private String postgresUser;

    @Option(names = "--postgres-password", defaultValue = "")
    private String postgresPassword;

    @Option(names = "--no-postgres", description = "Measure HSQLDB only")
    private boolean noPostgres;

    @Option(names = "--outcomes", defaultValue = "200", description = "Outcomes of the large portfolio (default: ${DEFAULT-VALUE})")
    private int largeOutcomes;

    @Option(names = "--growth", defaultValue = "25,50,100", split = ",",
            description = "Smaller portfolios for the growth curve (default: ${DEFAULT-VALUE})")
    private List<Integer> growthOutcomes;

    @Option(names = "--scale-outcomes", defaultValue = "1000",
            description = "Outcomes of the scale ×5 portfolio (project HUGE; issue 18 target 3), 0 to leave it out (default: ${DEFAULT-VALUE})")
    private int scaleOutcomes;

    @Option(names = "--scale-warmup", defaultValue = "3",
            description = "Warm-up runs of the cases holding the scale portfolio's dashboard (default: ${DEFAULT-VALUE})")
    private int scaleWarmup;

    @Option(names = "--scale-runs", defaultValue = "30",
            description = "Measured runs of the cases holding the scale portfolio's dashboard (default: ${DEFAULT-VALUE})")
    private int scaleRuns;

    @Option(names = "--warmup", defaultValue = "15")
    private int warmup;

    @Option(names = "--runs", defaultValue = "40", description = "Measured runs per case, at least 30 for the report (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--recordings-per-client", defaultValue = "250")
    private int recordingsPerClient;

    @Option(names = "--csv-lines", defaultValue = "100000")
    private int csvLines;

    @Option(names = "--viewers", defaultValue = "50",
            description = "Concurrency case: viewers in a closed loop (default: ${DEFAULT-VALUE})")
    private int viewers;

    @Option(names = "--concurrency-seconds", defaultValue = "60",
            description = "Concurrency case: measured seconds (default: ${DEFAULT-VALUE})")
    private int concurrencySeconds;

    @Option(names = "--concurrency-warmup-seconds", defaultValue = "5",
            description = "Concurrency case: seconds of the same load before measuring (default: ${DEFAULT-VALUE})")
    private int concurrencyWarmupSeconds;

    @Option(names = "--writes-per-second", defaultValue = "10",
            description = "Concurrency case: readings recorded per second while the viewers run (default: ${DEFAULT-VALUE})")
    private int writesPerSecond;

    @Option(names = "--whole-share", defaultValue = "0.5",
            description = "Concurrency case: share of whole-portfolio dashboards, the rest one challenge (default: ${DEFAULT-VALUE})")
    private double wholeShare;

    @Option(names = "--job-only", description = "Only the compute-and-remind job case (issue 18 target 4): logs its rows, writes no report")
    private boolean jobOnly;

    @Option(names = "--durability-only", description = "Only the durable-writes case (issue 18, target 6): logs its rounds, writes no report")
    private boolean durabilityOnly;

    @Option(names = "--no-job", description = "Leave the compute-and-remind job case out of the full run (for trials of the others)")
    private boolean noJob;

    @Option(names = "--seed", defaultValue = "20261")
    private long seed;

    @Option(names = "--paint-only", description = "Only the page paint and weight case (issue 18, target 5): "
            + "logs its figures, writes no report")
    private boolean paintOnly;

    @Option(names = "--paint-loads", defaultValue = "10", description = "Page paint case: loads of the dashboard page (default: ${DEFAULT-VALUE})")
    private int paintLoads;

    @Option(names = "--descriptor", defaultValue = "jira-plugin/target/classes/atlassian-plugin.xml",
            description = "Built plugin descriptor for the issue-view weight (default: ${DEFAULT-VALUE})")
    private Path descriptor;

    public static void main(String[] args) {
        // HttpURLConnection keeps 5 idle connections per server by default: the concurrency case's viewers need one each
        System.setProperty("http.maxConnections", "500");
        // run.sh passes --out first: an --out of the caller's comes later and wins
        System.exit(new CommandLine(new BenchMain()).setOverwrittenOptionsAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        Clock clock = Clock.fixed(asOf.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        BenchConfig config = new BenchConfig(warmup, runs, recordingsPerClient, csvLines, new BenchConfig.Concurrency(
                viewers, concurrencySeconds, concurrencyWarmupSeconds, writesPerSecond, wholeShare),
                new BenchConfig.Scale(scaleWarmup, scaleRuns));
        PhaseClock phases = new PhaseClock();
        Profiles profiles = new Profiles();
        Path chartFile = chart != null ? chart : out.toAbsolutePath().getParent().resolve("dashboard-latency.png");
        Files.createDirectories(workDir);

        LOG.info("Generating portfolios ({} outcomes, growth {}, scale {})", largeOutcomes, growthOutcomes, scaleOutcomes);
        phases.start("generate and write the issues documents");
        long started = System.nanoTime();
        PortfolioGenerator generator = new PortfolioGenerator(asOf, seed);
        List<GeneratedPortfolio> growth = new ArrayList<>();
        for (int outcomes : growthOutcomes) {
            growth.add(generator.generate(PortfolioShape.of("S" + outcomes, outcomes)));
        }
        GeneratedPortfolio large = generator.generate(PortfolioShape.of("BIG", largeOutcomes));
        boolean scaled = scaleOutcomes > 0 && !paintOnly && !jobOnly;
        GeneratedPortfolio scale = scaled ? generator.generate(PortfolioShape.of(SCALE_PROJECT, scaleOutcomes)) : null;
        Workload workload = new Workload(asOf, large, growth, scale);
        Path largeDocument = workDir.resolve("issues-large.json");
        Path scaleDocument = workDir.resolve("issues-scale.json");
        Path allDocument = workDir.resolve("issues-all.json");
        IssuesDocumentWriter writer = new IssuesDocumentWriter();
        writer.write(largeDocument, List.of(large), Workload.benchIssues());
        if (scaled) {
            // the preview's own start case reads this one; the bench host reads every project from issues-all.json
            writer.write(scaleDocument, List.of(scale), Workload.benchIssues());
        }
        writer.write(allDocument, workload.all(), Workload.benchIssues());
        double generateSeconds = (System.nanoTime() - started) / 1e9;
        phases.start("read the issues document of every project");
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(allDocument);
        phases.end();
        if (paintOnly) {
            return paint(large, largeDocument, asOf, clock);
        }
        BenchUsers users = new BenchUsers(large.shape().project(), growth.stream().map(p -> p.shape().project()).toList());
        if (durabilityOnly) {
            DurabilityBench durable = new DurabilityBench(config, document, clock, users.directory(), asOf);
            List<DurabilityBench.Results> measured = new ArrayList<>(List.of(durable.hsqldb(workDir)));
            if (!noPostgres) {
                measured.add(durable.postgres(new DatabaseSettings(postgresUrl, postgresUser, postgresPassword)));
            }
            StringBuilder rows = new StringBuilder();
            DurabilityRows.figures(rows, measured);
            LOG.info("Durable writes:{}", rows);
            return 0;
        }
        if (jobOnly) {
            JobBench.alone(workDir, large, new IssuesDocumentParser(IssueFieldNames.defaults()).read(largeDocument), users.directory(),
                    asOf, clock, noPostgres ? null : new DatabaseSettings(postgresUrl, postgresUser, postgresPassword), JobBench.SIZES);
            return 0;
        }

        List<DatabaseResults> results = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        Path hsqlDir = workDir.resolve("hsqldb");
        deleteTree(hsqlDir);
        DatabaseSettings hsql = DatabaseSettings.embedded(hsqlDir);
        Workload.Loaded hsqlLoaded;
        phases.start("load HSQLDB");
        try (BenchHost host = BenchHost.open(BenchDatabase.preview(hsql, "HSQLDB"), document, clock, users.directory())) {
            LOG.info("Loading into HSQLDB (file {})", hsqlDir);
            hsqlLoaded = workload.load(loader(host, clock));
        }
        PreviewProcess.Measurement preview = null;
        PreviewProcess.Attempt scalePreview = null;
        if (Files.isRegularFile(previewJar)) {
            phases.start("preview start and heap");
            LOG.info("Starting the preview jar on the large portfolio");
            preview = new PreviewProcess(previewJar, workDir, ResultsReport.HEAP_MB).measure(largeDocument, hsqlDir,
                    "/dashboard?project=" + large.shape().project() + "&weeks=" + DatabaseBench.WEEKS + "&asOf=" + asOf,
                    large.shape().issues());
            awaitReleased(hsqlDir);
        } else {
            LOG.warn("No preview jar at {}: start time and heap are not measured", previewJar);
        }
        PaintBench.Results paint = null;
        if (Files.isRegularFile(previewJar) && Files.isRegularFile(descriptor) && PaintBench.browserPresent()) {
            phases.start("page paint");
            LOG.info("Loading the dashboard page in headless Chromium");
            paint = paintBench(large, largeDocument, hsqlDir, asOf);
            awaitReleased(hsqlDir);
        } else {
            LOG.warn("No preview jar, built descriptor ({}) or Chromium: the page paint case is not measured", descriptor);
        }
        if (scaled) {
            // after the large portfolio's preview and paint cases, which read the database as before the scale case
            phases.start("load HSQLDB, scale ×5");
            try (BenchHost host = BenchHost.open(BenchDatabase.preview(hsql, "HSQLDB"), document, clock, users.directory())) {
                LOG.info("Loading the scale ×5 portfolio into HSQLDB");
                hsqlLoaded = workload.loadScale(loader(host, clock), hsqlLoaded);
            }
            if (Files.isRegularFile(previewJar)) {
                phases.start("preview start and heap, scale ×5");
                LOG.info("Starting the preview jar on the scale ×5 portfolio ({} issues, -Xmx{}m)", scale.shape().issues(),
                        ResultsReport.SCALE_HEAP_MB);
                awaitReleased(hsqlDir);
                scalePreview = new PreviewProcess(previewJar, workDir, ResultsReport.SCALE_HEAP_MB, "preview-scale",
                        SCALE_START_TIMEOUT_MS).attempt(scaleDocument, hsqlDir, "/dashboard?project=" + SCALE_PROJECT
                                + "&weeks=" + DatabaseBench.WEEKS + "&asOf=" + asOf, scale.shape().issues());
                awaitReleased(hsqlDir);
                LOG.info("Scale ×5 preview: {}", scalePreview.started()
                        ? String.format(java.util.Locale.ROOT, "started in %.2f s, %d MB after full GC, %d MB peak",
                                scalePreview.measurement().startMillis() / 1000, scalePreview.measurement().heapAfterGcMb(),
                                scalePreview.peakHeapMb())
                        : "did not start: " + scalePreview.failure() + " (peak " + scalePreview.peakHeapMb() + " MB)");
            }
        }
        phases.start("HSQLDB cases");
        try (BenchHost host = BenchHost.open(BenchDatabase.preview(hsql, "HSQLDB"), document, clock, users.directory()).start()) {
            versions.add(version(hsql));
            results.add(new DatabaseBench(config, workload, users, profiles).run(host.label(), host, hsqlLoaded));
        }
        DurabilityBench durable = new DurabilityBench(config, document, clock, users.directory(), asOf);
        List<DurabilityBench.Results> durability = new ArrayList<>();
        phases.start("HSQLDB durable writes");
        durability.add(durable.hsqldb(workDir));
        List<JobBench.Results> jobs = new ArrayList<>();
        IssuesDocument largeIssues = null;
        if (!noJob) {
            phases.start("HSQLDB job");
            largeIssues = new IssuesDocumentParser(IssueFieldNames.defaults()).read(largeDocument);
            IssuesDocument issues = largeIssues;
            jobs.add(profiles.profile("HSQLDB: compute-and-remind job runs (bench thread)", CaseProfiler.callingThread(),
                    () -> JobBench.measure(hsql, "HSQLDB", large, issues, users.directory(), asOf)));
        }

        if (!noPostgres) {
            DatabaseSettings postgres = new DatabaseSettings(postgresUrl, postgresUser, postgresPassword);
            versions.add(version(postgres));
            results.add(measureFresh(settings -> BenchDatabase.preview(settings, "PostgreSQL"), postgres, workload, document, clock,
                    config, users, phases, profiles));
            if (!noJob) {
                phases.start("PostgreSQL job");
                IssuesDocument issues = largeIssues;
                jobs.add(profiles.profile("PostgreSQL: compute-and-remind job runs (bench thread)", CaseProfiler.callingThread(),
                        () -> JobBench.measure(postgres, "PostgreSQL", large, issues, users.directory(), asOf)));
            }
            phases.start("PostgreSQL durable writes");
            durability.add(durable.postgres(postgres));
        }
        phases.end();

        new LatencyChart().write(chartFile, results);
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE);
        new ResultsReport().write(out, new ResultsReport.Input(date, machine(versions), workload, config, results, preview,
                generateSeconds, Files.size(largeDocument), out.toAbsolutePath().getParent().relativize(chartFile.toAbsolutePath()).toString(), jobs,
                paint, scalePreview, scaled ? Files.size(scaleDocument) : 0, phases.summary(), durability, profiles));
        LOG.info("Wrote {} and {}", out, chartFile);
        return 0;
    }

    /** The large portfolio loaded into a fresh HSQLDB, the preview jar started on it, the page loaded in Chromium. */
    private int paint(GeneratedPortfolio large, Path largeDocument, LocalDate asOf, Clock clock) throws Exception {
        Path hsqlDir = workDir.resolve("hsqldb-paint");
        deleteTree(hsqlDir);
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(largeDocument);
        BenchUsers users = new BenchUsers(large.shape().project(), List.of());
        try (BenchHost host = BenchHost.open(BenchDatabase.preview(DatabaseSettings.embedded(hsqlDir), "HSQLDB"), document,
                clock, users.directory())) {
            LOG.info("Loading the large portfolio into HSQLDB (file {})", hsqlDir);
            new Workload(asOf, large, List.of()).load(loader(host, clock));
        }
        PaintBench.Results results = paintBench(large, largeDocument, hsqlDir, asOf);
        PagePaint.Result paint = results.paint();
        LOG.info("Page {} in headless Chromium, {} loads: first chart median {} ms (p95 {}, max {}), all visible charts "
                        + "median {} ms (p95 {}, max {}); DOMContentLoaded median {} ms, dashboard fragment arrived median {} ms, "
                        + "inserted (rows down to the viewport) {} ms, every row in and enhanced {} ms, first readings asked {} ms, "
                        + "first readings arrived {} ms; "
                        + "our JS/CSS: {} bytes transferred on the first load ({} decoded), {} on the last; host AUI {} bytes decoded; {}",
                results.page(), paint.loads(), fmt(paint.firstChart().median()), fmt(paint.firstChart().p95()), fmt(paint.firstChart().max()),
                fmt(paint.visibleCharts().median()), fmt(paint.visibleCharts().p95()), fmt(paint.visibleCharts().max()),
                fmt(paint.domContentLoaded().median()), fmt(paint.fragmentArrived().median()),
                fmt(paint.fragmentInserted().median()), fmt(paint.fragmentEnhanced().median()),
                fmt(paint.firstReadingsAsked().median()), fmt(paint.firstReadingsArrived().median()),
                paint.coldTransferred(), paint.decoded(), paint.warmTransferred(), paint.hostDecoded(), paint.resources());
        LOG.info("Per load (ms), first chart: {}; all visible: {}", java.util.Arrays.toString(paint.firstChart().millis()),
                java.util.Arrays.toString(paint.visibleCharts().millis()));
        for (WebResourceContexts.WebResource bound : results.issueView().contextBound()) {
            LOG.info("Context-bound web-resource {}: contexts {}, files {}", bound.key(), bound.contexts(), bound.files());
        }
        LOG.info("Our web-resources on every issue view (from {}): {} -> {} bytes", results.issueView().descriptor(),
                results.issueView().onIssueView().stream().map(WebResourceContexts.WebResource::key).toList(),
                results.issueView().issueViewBytes());
        return 0;
    }

    private PaintBench.Results paintBench(GeneratedPortfolio large, Path largeDocument, Path hsqlDir, LocalDate asOf)
            throws Exception {
        String page = "/dashboard?project=" + large.shape().project() + "&weeks=" + DatabaseBench.WEEKS + "&asOf=" + asOf;
        return new PaintBench(previewJar, workDir, ResultsReport.HEAP_MB).run(largeDocument, hsqlDir, page, paintLoads,
                descriptor, List.of(descriptor.toAbsolutePath().getParent(), Path.of("core/target/classes"),
                        Path.of("core/src/main/resources")));
    }

    private static String fmt(double millis) {
        return String.format(java.util.Locale.ROOT, "%.0f", millis);
    }

    /** Empties the schema, loads the workload and measures. */
    private static DatabaseResults measureFresh(java.util.function.Function<DatabaseSettings, BenchDatabase> opener,
                                                DatabaseSettings settings, Workload workload, IssuesDocument document,
                                                Clock clock, BenchConfig config, BenchUsers users, PhaseClock phases, Profiles profiles)
            throws Exception {
        resetSchema(settings);
        try (BenchHost host = BenchHost.open(opener.apply(settings), document, clock, users.directory())) {
            phases.start("load " + host.label());
            LOG.info("Loading into {} ({})", host.label(), settings.describe());
            Workload.Loaded loaded = workload.loadScale(loader(host, clock), workload.load(loader(host, clock)));
            phases.start(host.label() + " cases");
            host.start();
            return new DatabaseBench(config, workload, users, profiles).run(host.label(), host, loaded);
        }
    }

    private static PortfolioLoader loader(BenchHost host, Clock clock) {
        return new PortfolioLoader(host.core().metricRepository(), host.core().readingRepository(), clock.instant(),
                host.transactions());
    }

    /** Drops and recreates the schema named by {@code currentSchema}: every run starts from empty tables. */
    static void resetSchema(DatabaseSettings settings) throws SQLException {
        String schema = settings.schema();
        if (schema == null || !schema.matches("[a-z_][a-z0-9_]*")) {
            throw new BenchmarkFailure("the PostgreSQL URL needs currentSchema=<lower-case name> so the benchmark owns its tables");
        }
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    private static String version(DatabaseSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " (" + settings.describe() + ")";
        }
    }

    private static ResultsReport.Machine machine(List<String> databases) {
        long ram = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return new ResultsReport.Machine(Runtime.getRuntime().availableProcessors(), ram / (1024 * 1024),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                databases);
    }

    /**
     * Until no process holds the HSQLDB files under {@code dir} (its {@code .lck} file is gone): the next opener must not
     * read them while the last one's shutdown still rewrites its script, which once cost a run its database.
     */
    static void awaitReleased(Path dir) throws InterruptedException {
        Path lock = dir.resolve("outcomes.lck");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (Files.exists(lock)) {
            if (System.nanoTime() > deadline) {
                throw new BenchmarkFailure("the HSQLDB files in " + dir + " are still locked after 60 s");
            }
            Thread.sleep(100);
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
