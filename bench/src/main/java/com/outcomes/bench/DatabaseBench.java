package com.outcomes.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs every measured case against one started {@link BenchHost}. Each case is warmed up first, then timed run
 * by run; every answer is checked (status and, once per case, content) so a fast error never counts as a result.
 */
public final class DatabaseBench {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBench.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int WEEKS = 12;
    /** Extra runs of the uncached scale dashboard taken under the profiler, after the timed ones. */
    static final int PROFILED_RUNS = 5;

    private final BenchConfig config;
    private final Workload workload;
    private final BenchUsers users;
    private final Profiles profiles;

    public DatabaseBench(BenchConfig config, Workload workload, BenchUsers users, Profiles profiles) {
        this.config = config;
        this.workload = workload;
        this.users = users;
        this.profiles = profiles;
    }

    public DatabaseResults run(String database, BenchHost host, Workload.Loaded loaded) throws Exception {
        RestClient client = new RestClient(host.restBase(), "admin", "admin");
        LocalDate asOf = workload.asOf();
        GeneratedPortfolio large = workload.large();
        String whole = dashboardQuery(large.shape().project(), null);
        String oneChallenge = dashboardQuery(large.shape().project(), large.challengeKeys().get(0));

        checkDashboard(client, whole, large.shape().outcomes());
        LOG.info("[{}] dashboard, whole portfolio: over HTTP, the service alone, the store alone and the JDBC floor, "
                + "run by run in turn", database);
        List<String> outcomeKeys = large.outcomeKeys();
        List<Samples> wholePortfolio;
        var settings = host.settings();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            JdbcFloor jdbc = new JdbcFloor();
            // In turn, not one case after the other: the machine's speed drifts (shared cores), and the
            // dashboard/floor ratio must compare runs made under the same conditions.
            wholePortfolio = timeInTurn(List.of(
                    () -> client.get(whole).expect(200, "dashboard"),
                    () -> host.core().dashboard().dashboard("admin", large.shape().project(), null, WEEKS, asOf),
                    () -> {
                        List<Long> ids = host.core().metricRepository().byIssues(outcomeKeys).stream()
                                .map(com.outcomes.domain.Metric::id).toList();
                        return host.core().readingRepository().seriesOf(ids);
                    },
                    () -> jdbc.run(connection, large, asOf, WEEKS),
                    () -> host.uncachedCore().dashboard().dashboard("admin", large.shape().project(), null, WEEKS, asOf)));
        }
        Samples dashboardWhole = wholePortfolio.get(0);
        Samples service = wholePortfolio.get(1);
        Samples storeLoad = wholePortfolio.get(2);
        Samples floor = wholePortfolio.get(3);
        Samples serviceUncached = wholePortfolio.get(4);

        LOG.info("[{}] dashboard, one challenge", database);
        checkDashboard(client, oneChallenge, large.shape().outcomes() / large.shape().challenges());
        Samples dashboardChallenge = time(() -> client.get(oneChallenge).expect(200, "dashboard of one challenge"));
        host.resetCounters();
        client.get(oneChallenge).expect(200, "dashboard of one challenge");
        int challengeStatements = host.statements();
        int challengeCalls = host.work().calls();

        List<DatabaseResults.GrowthPoint> growth = growthCurve(database, host, client);
        DatabaseResults.Scale scale = workload.scale().isPresent() ? scaleCase(database, host, client, workload.scale().get()) : null;

        LOG.info("[{}] metric with {} readings", database, Workload.LONG_HISTORY);
        String metricPath = "/metrics/" + loaded.longHistoryMetric() + "?asOf=" + asOf;
        String readingsPath = "/metrics/" + loaded.longHistoryMetric() + "/readings";
        int historySize = JSON.readTree(client.get(readingsPath).expect(200, "readings").body()).size();
        if (historySize != Workload.LONG_HISTORY) {
            throw new BenchmarkFailure("the long history has " + historySize + " readings, not " + Workload.LONG_HISTORY);
        }
        Samples metricGet = time(() -> client.get(metricPath).expect(200, "metric"));
        Samples readingsGet = time(() -> client.get(readingsPath).expect(200, "readings"));

        LOG.info("[{}] recording with {} clients", database, RecordingCase.CLIENTS);
        RecordingCase recordingCase = new RecordingCase(config.warmup(), config.recordingsPerClient(), asOf);
        DatabaseResults.Recording recording = profiles.profile(database + ": recording, " + RecordingCase.CLIENTS + " clients (request threads)",
                CaseProfiler.REQUEST_THREADS, () -> recordingCase.run(host, loaded.recordingMetric()));

        LOG.info("[{}] CSV import of {} readings", database, config.csvLines());
        client.postCsv("/metrics/" + loaded.csvWarmMetric() + "/readings/import", workload.csv(config.csvLines() / 10, false))
                .expect(200, "CSV warm-up import");
        List<Long> csvNanos = new ArrayList<>();
        for (int run = 0; run < Workload.CSV_RUNS; run++) {
            String csv = workload.csv(config.csvLines(), false);
            long metric = loaded.csvMetrics().get(run);
            long started = System.nanoTime();
            client.postCsv("/metrics/" + metric + "/readings/import", csv).expect(200, "CSV import");
            csvNanos.add(System.nanoTime() - started);
            int stored = JSON.readTree(client.get("/metrics/" + metric + "/readings").expect(200, "readings").body()).size();
            if (stored != config.csvLines()) {
                throw new BenchmarkFailure("CSV import stored " + stored + " readings, not " + config.csvLines());
            }
        }
        RestClient.Answer rejected = client.postCsv("/metrics/" + loaded.csvBadMetric() + "/readings/import",
                workload.csv(config.csvLines(), true));
        int storedAfterBad = JSON.readTree(client.get("/metrics/" + loaded.csvBadMetric() + "/readings")
                .expect(200, "readings").body()).size();

        // last: its readings become the large portfolio's current ones, which no case above should see
        ConcurrencyBench concurrent = new ConcurrencyBench(config.concurrency(), users, asOf, WEEKS);
        DatabaseResults.Concurrency concurrency = profiles.profile(database + ": concurrency, " + config.concurrency().viewers()
                + " viewers + " + config.concurrency().writesPerSecond() + " readings/s, warm-up included (request threads)",
                CaseProfiler.REQUEST_THREADS, () -> concurrent.run(database, host, large));

        return new DatabaseResults(database, loaded, dashboardWhole, dashboardChallenge, service, serviceUncached, storeLoad,
                floor, growth,
                challengeStatements, challengeCalls, metricGet, readingsGet, recording, Samples.ofNanos(csvNanos),
                new DatabaseResults.CsvRejection(config.csvLines(), rejected.status(), storedAfterBad), concurrency, scale);
    }

    /**
     * Every portfolio's whole dashboard over HTTP, smallest to largest, timed in turn (run 1 of each size, then run 2 of
     * each, …) so that every point of the curve is taken the same way and under the same load; then one more request
     * each with the statement and work-tracker counters reset.
     */
    private List<DatabaseResults.GrowthPoint> growthCurve(String database, BenchHost host, RestClient client) throws Exception {
        List<GeneratedPortfolio> portfolios = workload.all();
        List<String> queries = new ArrayList<>();
        List<Callable<?>> cases = new ArrayList<>();
        for (GeneratedPortfolio portfolio : portfolios) {
            String query = dashboardQuery(portfolio.shape().project(), null);
            checkDashboard(client, query, portfolio.shape().outcomes());
            queries.add(query);
            cases.add(() -> client.get(query).expect(200, "dashboard"));
        }
        LOG.info("[{}] growth: whole dashboards of {} outcomes, in turn", database,
                portfolios.stream().map(p -> p.shape().outcomes()).toList());
        // the scale portfolio's dashboard dominates every round: its run counts then
        TurnTimer timer = workload.scale().isPresent() ? scaleTimer() : new TurnTimer(config.warmup(), config.runs());
        List<Samples> latencies = timer.inTurn(cases);
        List<DatabaseResults.GrowthPoint> growth = new ArrayList<>();
        for (int i = 0; i < portfolios.size(); i++) {
            host.resetCounters();
            client.get(queries.get(i)).expect(200, "dashboard");
            int outcomes = portfolios.get(i).shape().outcomes();
            growth.add(new DatabaseResults.GrowthPoint(outcomes, latencies.get(i), host.statements(), host.work().calls()));
            LOG.info("[{}] growth: {} outcomes, median {} ms, {} statements, {} work-tracker calls", database, outcomes,
                    String.format("%.1f", latencies.get(i).median()), host.statements(), host.work().calls());
        }
        return growth;
    }

    /**
     * The scale ×5 portfolio's whole dashboard over HTTP, its floor and the service with no evaluation kept, in turn
     * like the large portfolio's (its dashboard was checked by the growth curve).
     */
    private DatabaseResults.Scale scaleCase(String database, BenchHost host, RestClient client, GeneratedPortfolio scale)
            throws Exception {
        String project = scale.shape().project();
        String whole = dashboardQuery(project, null);
        LocalDate asOf = workload.asOf();
        LOG.info("[{}] scale ×5: dashboard of {} outcomes over HTTP, its JDBC floor and the service with no evaluation "
                + "kept, in turn", database, scale.shape().outcomes());
        var settings = host.settings();
        List<Samples> samples;
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            JdbcFloor jdbc = new JdbcFloor();
            samples = scaleTimer().inTurn(List.of(
                    () -> client.get(whole).expect(200, "dashboard"),
                    () -> host.uncachedCore().dashboard().dashboard("admin", project, null, WEEKS, asOf),
                    () -> jdbc.run(connection, scale, asOf, WEEKS)));
        }
        // what a dashboard costs when nothing is kept, where the floor's ratio is the widest: a few more runs, profiled
        profiles.profile(String.format(java.util.Locale.ROOT, "%s: whole-portfolio service, %,d outcomes, no evaluation kept, "
                + "%d runs (bench thread)", database, scale.shape().outcomes(), PROFILED_RUNS), CaseProfiler.callingThread(), () -> {
                    for (int run = 0; run < PROFILED_RUNS; run++) {
                        host.uncachedCore().dashboard().dashboard("admin", project, null, WEEKS, asOf);
                    }
                    return PROFILED_RUNS;
                });
        LOG.info("[{}] scale ×5: over HTTP median {} ms, no evaluation kept {} ms, floor {} ms", database,
                String.format("%.1f", samples.get(0).median()), String.format("%.1f", samples.get(1).median()),
                String.format("%.1f", samples.get(2).median()));
        return new DatabaseResults.Scale(scale.shape().outcomes(), scale.shape().issues(), samples.get(0), samples.get(1),
                samples.get(2));
    }

    private TurnTimer scaleTimer() {
        return new TurnTimer(config.scale().warmup(), config.scale().runs());
    }

    private String dashboardQuery(String project, String challenge) {
        return "/dashboard?project=" + project + (challenge == null ? "" : "&challenge=" + challenge)
                + "&weeks=" + WEEKS + "&asOf=" + workload.asOf();
    }

    /** The dashboard must hold every outcome of the portfolio, or it is not measuring the portfolio. */
    private static void checkDashboard(RestClient client, String query, int expectedOutcomes) throws Exception {
        JsonNode body = JSON.readTree(client.get(query).expect(200, "dashboard").body());
        int outcomes = body.path("unassigned").size();
        for (JsonNode challenge : body.path("challenges")) {
            outcomes += challenge.path("outcomes").size();
        }
        if (outcomes != expectedOutcomes) {
            throw new BenchmarkFailure(query + " shows " + outcomes + " outcomes, not " + expectedOutcomes);
        }
    }

    private List<Samples> timeInTurn(List<Callable<?>> cases) throws Exception {
        return new TurnTimer(config.warmup(), config.runs()).inTurn(cases);
    }

    private Samples time(Callable<?> work) throws Exception {
        return new TurnTimer(config.warmup(), config.runs()).alone(work);
    }
}
