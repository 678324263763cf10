package com.outcomes.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.domain.Metric;
import com.outcomes.preview.auth.PreviewUser;

/**
 * Many viewers at once on the large portfolio while readings are recorded. Each viewer is a closed loop (its next
 * request leaves when the previous answer has been read), logged in as its own user, and asks for the whole
 * portfolio or one challenge at random. A writer records readings at a fixed rate, each to the next metric of the
 * portfolio in turn with a value no other reading has; once the write is acknowledged (201), a checker asks for the
 * dashboard of that metric's challenge as a viewer who may see it and compares the metric's {@code current} and
 * {@code lastMeasuredAt} with the reading just written, and asks for the same dashboard as a user who may not see
 * the project (it must be refused). Only errors are counted during the run: a failure does not stop the load.
 */
final class ConcurrencyBench {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyBench.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Written values start here: far above every generated value, and one apart, so each identifies its write. */
    private static final double FIRST_VALUE = 1_000_000;
    private static final int CHECKERS = 4;

    private final BenchConfig.Concurrency config;
    private final BenchUsers users;
    private final LocalDate asOf;
    private final int weeks;

    ConcurrencyBench(BenchConfig.Concurrency config, BenchUsers users, LocalDate asOf, int weeks) {
        this.config = config;
        this.users = users;
        this.asOf = asOf;
        this.weeks = weeks;
    }

    DatabaseResults.Concurrency run(String database, BenchHost host, GeneratedPortfolio portfolio) throws Exception {
        String project = portfolio.shape().project();
        Map<String, String> challengeOfOutcome = portfolio.outcomes().stream()
                .collect(Collectors.toMap(GeneratedPortfolio.Outcome::key, GeneratedPortfolio.Outcome::challengeKey));
        List<Metric> metrics = host.core().metricRepository().byIssues(portfolio.outcomeKeys());
        if (metrics.size() != portfolio.shape().metrics()) {
            throw new BenchmarkFailure("the large portfolio has " + metrics.size() + " metrics, not " + portfolio.shape().metrics());
        }
        URI base = host.restBase();
        List<String> challenges = portfolio.challengeKeys();
        String whole = query(project, null);

        if (config.warmupSeconds() > 0) {
            LOG.info("[{}] concurrency: {} viewers, {} s warm-up", database, config.viewers(), config.warmupSeconds());
            viewers(base, project, whole, challenges, System.nanoTime() + config.warmupSeconds() * 1_000_000_000L, 1);
        }
        LOG.info("[{}] concurrency: {} viewers for {} s, {} readings/s recorded and checked", database,
                config.viewers(), config.seconds(), config.writesPerSecond());
        Writer writer = new Writer(base, project, metrics, challengeOfOutcome);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ExecutorService checkers = Executors.newFixedThreadPool(CHECKERS);
        long durationNanos = config.seconds() * 1_000_000_000L;
        ViewerFigures figures;
        try {
            long windowEnd = System.nanoTime() + durationNanos;
            ticks.scheduleAtFixedRate(() -> {
                if (System.nanoTime() < windowEnd) { // writes belong to the window, as the viewers' dashboards do
                    checkers.submit(writer::writeAndCheck);
                }
            }, 0, 1_000_000L / config.writesPerSecond(), TimeUnit.MICROSECONDS);
            figures = viewers(base, project, whole, challenges, windowEnd, 2);
        } finally {
            ticks.shutdownNow();
            checkers.shutdown();
            if (!checkers.awaitTermination(2, TimeUnit.MINUTES)) {
                checkers.shutdownNow();
            }
        }
        LOG.info("[{}] concurrency: {} dashboards in {} s ({} errors); {} readings written, {} stale reads, {} leaks",
                database, figures.whole.size() + figures.challenge.size(), String.format("%.1f", figures.seconds),
                figures.errors, writer.acknowledged.get(), writer.stale.get(), writer.leaks.get());
        return new DatabaseResults.Concurrency(config.viewers(), config.wholeShare(), figures.seconds,
                samplesOrNull(figures.all()), samplesOrNull(figures.whole), samplesOrNull(figures.challenge),
                figures.errors, figures.firstError,
                writer.attempted.get(), writer.acknowledged.get(), writer.writeErrors.get(),
                samplesOrNull(new ArrayList<>(writer.writeNanos)), writer.checks.get(), writer.stale.get(),
                writer.checkErrors.get(), samplesOrNull(new ArrayList<>(writer.checkNanos)), writer.refusals.get(),
                writer.leaks.get(), writer.firstProblem.get());
    }

    private static Samples samplesOrNull(List<Long> nanos) {
        return nanos.isEmpty() ? null : Samples.ofNanos(nanos);
    }

    private String query(String project, String challenge) {
        return "/dashboard?project=" + project + (challenge == null ? "" : "&challenge=" + challenge)
                + "&weeks=" + weeks + "&asOf=" + asOf;
    }

    /** Latencies of the dashboards answered 200, by kind, and the failures. */
    private record ViewerFigures(List<Long> whole, List<Long> challenge, int errors, String firstError, double seconds) {

        List<Long> all() {
            List<Long> all = new ArrayList<>(whole);
            all.addAll(challenge);
            return all;
        }
    }

    /** Runs every viewer's closed loop until {@code end} ({@link System#nanoTime}); a request counts when it ends in time. */
    private ViewerFigures viewers(URI base, String project, String whole, List<String> challenges, long end,
                                  long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(config.viewers());
        List<Long> wholeNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> challengeNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int v = 0; v < config.viewers(); v++) {
                PreviewUser user = users.viewers().get(v % users.viewers().size());
                SplittableRandom random = new SplittableRandom(seed * 1_000 + v);
                running.add(pool.submit(() -> {
                    BlockingClient client = new BlockingClient(base, user.name(), user.password());
                    while (System.nanoTime() < end) {
                        boolean isWhole = random.nextDouble() < config.wholeShare();
                        String path = isWhole ? whole : query(project, challenges.get(random.nextInt(challenges.size())));
                        long sent = System.nanoTime();
                        String problem;
                        try {
                            RestClient.Answer answer = client.get(path);
                            problem = answer.status() == 200 && answer.body().startsWith("{\"")
                                    ? null : path + " as " + user.name() + " answered " + answer.status();
                        } catch (RuntimeException e) {
                            problem = path + " as " + user.name() + " failed: " + e.getMessage();
                        }
                        long done = System.nanoTime();
                        if (done > end) {
                            break; // the load ends with the window; this answer straddles it
                        }
                        if (problem != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, problem);
                        } else {
                            (isWhole ? wholeNanos : challengeNanos).add(done - sent);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> viewer : running) {
                viewer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new ViewerFigures(List.copyOf(wholeNanos), List.copyOf(challengeNanos), errors.get(), firstError.get(),
                (end - started) / 1e9);
    }

    /**
     * Records one reading per call, each to the next metric in turn, then checks the next dashboard of a user who may
     * see it. The reading is measured on the dashboard's {@code asOf}, the latest day any reading of the portfolio
     * has, and recorded after every other reading of that day, so it is the metric's current reading unless a later
     * write to the same metric has been acknowledged since: the check accepts only this write's value or a later
     * write's (values identify writes), and {@code lastMeasuredAt} must be {@code asOf}.
     */
    private final class Writer {

        private final URI base;
        private final String project;
        private final List<Metric> metrics;
        private final Map<String, String> challengeOfOutcome;
        private final BlockingClient admin;
        final AtomicLong sequence = new AtomicLong();
        final AtomicInteger attempted = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger writeErrors = new AtomicInteger();
        final AtomicInteger checks = new AtomicInteger();
        final AtomicInteger stale = new AtomicInteger();
        final AtomicInteger checkErrors = new AtomicInteger();
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicInteger leaks = new AtomicInteger();
        final AtomicReference<String> firstProblem = new AtomicReference<>();
        final List<Long> writeNanos = Collections.synchronizedList(new ArrayList<>());
        final List<Long> checkNanos = Collections.synchronizedList(new ArrayList<>());
        /** Per metric, the sequence number of the latest write started: a check may see that one or a later one. */
        private final Map<Long, AtomicLong> latestStarted = new ConcurrentHashMap<>();

        Writer(URI base, String project, List<Metric> metrics, Map<String, String> challengeOfOutcome) {
            this.base = base;
            this.project = project;
            this.metrics = metrics;
            this.challengeOfOutcome = challengeOfOutcome;
            this.admin = new BlockingClient(base, "admin", "admin");
        }

        void writeAndCheck() {
            long seq = sequence.getAndIncrement();
            Metric metric = metrics.get((int) (seq % metrics.size()));
            double value = FIRST_VALUE + seq;
            latestStarted.computeIfAbsent(metric.id(), id -> new AtomicLong(-1)).accumulateAndGet(seq, Math::max);
            attempted.incrementAndGet();
            long sent = System.nanoTime();
            try {
                RestClient.Answer written = admin.postJson("/metrics/" + metric.id() + "/readings",
                        "{\"value\": " + value + ", \"measuredAt\": \"" + asOf + "\", \"note\": \"concurrency bench\"}");
                if (written.status() != 201) {
                    writeErrors.incrementAndGet();
                    firstProblem.compareAndSet(null, "recording answered " + written.status() + ": " + written.body());
                    return;
                }
                writeNanos.add(System.nanoTime() - sent);
                acknowledged.incrementAndGet();
            } catch (RuntimeException e) {
                writeErrors.incrementAndGet();
                firstProblem.compareAndSet(null, "recording failed: " + e.getMessage());
                return;
            }
            check(metric, seq);
        }

        private void check(Metric metric, long seq) {
            String challenge = challengeOfOutcome.get(metric.issueKey());
            String path = "/dashboard?challenge=" + challenge + "&weeks=" + weeks + "&asOf=" + asOf;
            PreviewUser reader = users.viewers().get((int) (seq % users.viewers().size()));
            long sent = System.nanoTime();
            try {
                RestClient.Answer answer = new BlockingClient(base, reader.name(), reader.password()).get(path);
                checkNanos.add(System.nanoTime() - sent);
                checks.incrementAndGet();
                if (answer.status() != 200) {
                    checkErrors.incrementAndGet();
                    firstProblem.compareAndSet(null, path + " as " + reader.name() + " answered " + answer.status());
                    return;
                }
                JsonNode shown = metricIn(JSON.readTree(answer.body()), metric.id());
                long latest = latestStarted.get(metric.id()).get();
                double current = shown == null || shown.path("current").isNull() ? Double.NaN : shown.path("current").asDouble();
                long seen = Math.round(current - FIRST_VALUE);
                boolean fresh = shown != null && !Double.isNaN(current) && current >= FIRST_VALUE
                        && seen >= seq && seen <= latest && current == FIRST_VALUE + seen
                        && asOf.toString().equals(shown.path("lastMeasuredAt").asText());
                if (!fresh) {
                    stale.incrementAndGet();
                    firstProblem.compareAndSet(null, "metric " + metric.id() + " after writing " + (FIRST_VALUE + seq)
                            + " on " + asOf + ": the next dashboard of " + reader.name() + " shows "
                            + (shown == null ? "no such metric" : shown.path("current") + " on " + shown.path("lastMeasuredAt")));
                }
                PreviewUser outsider = users.outsiders().get((int) (seq % users.outsiders().size()));
                RestClient.Answer refused = new BlockingClient(base, outsider.name(), outsider.password())
                        .get("/dashboard?project=" + project + "&challenge=" + challenge + "&weeks=" + weeks + "&asOf=" + asOf);
                refusals.incrementAndGet();
                if (refused.status() != 404) {
                    leaks.incrementAndGet();
                    firstProblem.compareAndSet(null, "the dashboard of " + project + " answered " + refused.status()
                            + " to " + outsider.name() + ", who may not browse it");
                }
            } catch (Exception e) {
                checkErrors.incrementAndGet();
                firstProblem.compareAndSet(null, path + " as " + reader.name() + " failed: " + e.getMessage());
            }
        }
    }

    /** The metric of that id among the outcomes' and challenges' metrics of a dashboard answer, or null. */
    static JsonNode metricIn(JsonNode dashboard, long metricId) {
        List<JsonNode> outcomes = new ArrayList<>();
        dashboard.path("unassigned").forEach(outcomes::add);
        for (JsonNode challenge : dashboard.path("challenges")) {
            challenge.path("outcomes").forEach(outcomes::add);
            for (JsonNode m : challenge.path("metrics")) {
                if (m.path("id").asLong() == metricId) {
                    return m;
                }
            }
        }
        for (JsonNode outcome : outcomes) {
            for (JsonNode m : outcome.path("metrics")) {
                if (m.path("id").asLong() == metricId) {
                    return m;
                }
            }
        }
        return null;
    }
}
