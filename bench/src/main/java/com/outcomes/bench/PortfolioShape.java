package com.outcomes.bench;

/**
 * How big one generated portfolio is. The benchmark's large portfolio is {@code of("BIG", 200)}: 40 challenges,
 * 200 outcomes with 3 metrics each, 2,000 epics and 200,000 issues; smaller ones keep the same proportions so
 * that latency can be compared across sizes.
 */
public record PortfolioShape(String project, int outcomes, int challenges, int epicsPerOutcome, int issuesPerEpic,
                             int readingWeeks) {

    public static final int METRICS_PER_OUTCOME = 3;

    public PortfolioShape {
        if (outcomes < 1 || challenges < 1 || epicsPerOutcome < 1 || issuesPerEpic < 1 || readingWeeks < 1) {
            throw new IllegalArgumentException("every count of a portfolio must be positive");
        }
    }

    /** Five outcomes per challenge, ten epics per outcome, a hundred issues per epic, two years of weekly readings. */
    public static PortfolioShape of(String project, int outcomes) {
        return new PortfolioShape(project, outcomes, Math.max(1, outcomes / 5), 10, 100, 104);
    }

    public int epics() {
        return outcomes * epicsPerOutcome;
    }

    public int issues() {
        return epics() * issuesPerEpic;
    }

    public int metrics() {
        return outcomes * METRICS_PER_OUTCOME;
    }

    public int readings() {
        return metrics() * readingWeeks;
    }
}
