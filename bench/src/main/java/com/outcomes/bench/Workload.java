package com.outcomes.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;

/**
 * Everything the benchmark stores: the large portfolio, the smaller ones for the growth curve, the scale ×5 one
 * (issue 18 target 3; optional), and the issues of project {@value #PROJECT} that carry the single-metric cases (a
 * metric with 5,000 readings, a metric recorded to over HTTP, metrics the CSV files are imported into).
 */
public final class Workload {

    public static final String PROJECT = "BENCH";
    public static final int LONG_HISTORY = 5_000;
    public static final int CSV_RUNS = 3;

    public static final String LONG_HISTORY_ISSUE = PROJECT + "-1";
    public static final String RECORDING_ISSUE = PROJECT + "-2";
    public static final String CSV_WARM_ISSUE = PROJECT + "-3";
    public static final String CSV_BAD_ISSUE = PROJECT + "-4";
    /** CSV run {@code i} (0-based) imports into {@code BENCH-(5+i)}. */
    public static final int FIRST_CSV_ISSUE = 5;

    private final LocalDate asOf;
    private final GeneratedPortfolio large;
    private final List<GeneratedPortfolio> growth;
    private final GeneratedPortfolio scale;

    public Workload(LocalDate asOf, GeneratedPortfolio large, List<GeneratedPortfolio> growth) {
        this(asOf, large, growth, null);
    }

    /** @param scale the scale ×5 portfolio, larger than {@code large}, or null to leave it out */
    public Workload(LocalDate asOf, GeneratedPortfolio large, List<GeneratedPortfolio> growth, GeneratedPortfolio scale) {
        this.asOf = asOf;
        this.large = large;
        this.growth = List.copyOf(growth);
        this.scale = scale;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public GeneratedPortfolio large() {
        return large;
    }

    /** Portfolios smaller than the large one, smallest first; the large one completes the curve. */
    public List<GeneratedPortfolio> growth() {
        return growth;
    }

    /** The scale ×5 portfolio, when the run has one. */
    public Optional<GeneratedPortfolio> scale() {
        return Optional.ofNullable(scale);
    }

    /** Every portfolio, smallest first: the points of the growth curve. */
    public List<GeneratedPortfolio> all() {
        List<GeneratedPortfolio> all = new ArrayList<>(growth);
        all.add(large);
        if (scale != null) {
            all.add(scale);
        }
        return all;
    }

    public static List<String> benchIssues() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i < FIRST_CSV_ISSUE + CSV_RUNS; i++) {
            keys.add(PROJECT + "-" + i);
        }
        return keys;
    }

    public static String csvIssue(int run) {
        return PROJECT + "-" + (FIRST_CSV_ISSUE + run);
    }

    /** Ids of the stored single-case metrics, valid in the database they were loaded into. */
    public record Loaded(long longHistoryMetric, long recordingMetric, long csvWarmMetric, long csvBadMetric,
                         List<Long> csvMetrics, double loadSeconds, int readingsLoaded) {

        /** The same, with the scale portfolio's load added to the time and the readings. */
        public Loaded andScale(double seconds, int readings) {
            return new Loaded(longHistoryMetric, recordingMetric, csvWarmMetric, csvBadMetric, csvMetrics,
                    loadSeconds + seconds, readingsLoaded + readings);
        }
    }

    /**
     * Stores every portfolio but the scale one, and the single-case metrics, through the store's repositories. The
     * scale portfolio is loaded apart ({@link #loadScale}) so that the preview's start on the large portfolio reads the
     * same database as before it existed (the preview's HSQLDB holds its tables in memory: every row costs start time
     * and heap).
     */
    public Loaded load(PortfolioLoader loader) {
        long started = System.nanoTime();
        int readings = 0;
        for (GeneratedPortfolio portfolio : all()) {
            if (portfolio == scale) {
                continue;
            }
            loader.load(portfolio);
            readings += portfolio.readingCount();
        }
        List<NewReading> longHistory = new ArrayList<>(LONG_HISTORY);
        for (int day = LONG_HISTORY - 1; day >= 0; day--) {
            longHistory.add(new NewReading(40 + (day % 17) * 0.5, asOf.minusDays(day), null, "bench generator", null));
        }
        long longId = loader.loadSingle(LONG_HISTORY_ISSUE, definition("Daily active teams"), longHistory);
        readings += LONG_HISTORY;
        long recording = loader.loadSingle(RECORDING_ISSUE, definition("Recorded over HTTP"), List.of());
        long warm = loader.loadSingle(CSV_WARM_ISSUE, definition("CSV warm-up"), List.of());
        long bad = loader.loadSingle(CSV_BAD_ISSUE, definition("CSV with a bad last line"), List.of());
        List<Long> csv = new ArrayList<>();
        for (int run = 0; run < CSV_RUNS; run++) {
            csv.add(loader.loadSingle(csvIssue(run), definition("CSV import " + (run + 1)), List.of()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Loaded(longId, recording, warm, bad, List.copyOf(csv), seconds, readings);
    }

    /** Stores the scale portfolio, if the run has one, and adds it to what {@link #load} stored. */
    public Loaded loadScale(PortfolioLoader loader, Loaded loaded) {
        if (scale == null) {
            return loaded;
        }
        long started = System.nanoTime();
        loader.load(scale);
        return loaded.andScale((System.nanoTime() - started) / 1e9, scale.readingCount());
    }

    private MetricDefinition definition(String name) {
        return new MetricDefinition(MetricKind.OUTCOME, name, null, 40.0, 60.0, asOf.minusDays(LONG_HISTORY),
                asOf.plusDays(90), 1, null, "bench", null, null);
    }

    /** {@code measuredAt,value} lines, one per reading, dates stepping back a day at a time and wrapping after ~55 years. */
    public String csv(int lines, boolean badLastLine) {
        StringBuilder csv = new StringBuilder(lines * 20);
        csv.append("measuredAt,value\n");
        for (int i = 0; i < lines; i++) {
            if (badLastLine && i == lines - 1) {
                csv.append("2024-02-30,not-a-number\n");
            } else {
                csv.append(asOf.minusDays(i % 20_000)).append(',').append(50 + (i % 101) * 0.1).append('\n');
            }
        }
        return csv.toString();
    }
}
