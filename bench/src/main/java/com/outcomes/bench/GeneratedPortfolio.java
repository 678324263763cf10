package com.outcomes.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated portfolio in memory. Issues are kept in parallel primitive arrays (200,000 of them must not
 * cost the benchmark JVM more than a few megabytes): {@code issueEpic[i]} is the index of the issue's epic,
 * {@code issueResolvedOn[i]} the epoch day it was resolved, or {@link #UNRESOLVED} when it is not done.
 */
public record GeneratedPortfolio(
        PortfolioShape shape,
        List<String> challengeKeys,
        List<Outcome> outcomes,
        List<String> epicKeys,
        int[] epicOutcome,
        String[] issueKeys,
        int[] issueEpic,
        int[] issueResolvedOn) {

    public static final int UNRESOLVED = Integer.MIN_VALUE;

    /** An outcome issue, the challenge it measures and its metric plans (outcome, leading, guardrail). */
    public record Outcome(String key, String summary, String challengeKey, List<MetricPlan> metrics) {
    }

    /** A metric to define and the weekly readings to append to it, oldest first. */
    public record MetricPlan(com.outcomes.domain.MetricDefinition definition, List<LocalDate> measuredAt, double[] values) {
    }

    public List<String> outcomeKeys() {
        return outcomes.stream().map(Outcome::key).toList();
    }

    public int readingCount() {
        return outcomes.stream().flatMap(o -> o.metrics().stream()).mapToInt(m -> m.values().length).sum();
    }
}
