package com.outcomes.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;

/**
 * Generates a portfolio of the given shape, deterministically for a seed. Keys are numbered as Jira numbers
 * them in one project: challenges first, then outcomes, epics and their issues. Every outcome measures one
 * challenge (round robin), has an outcome metric, a leading indicator pointing at it and a guardrail, each with
 * one reading per week up to {@code asOf}; its epics hold issues of which 85% are done, resolved on days spread
 * evenly over the two years before {@code asOf}.
 */
public final class PortfolioGenerator {

    static final double DONE_SHARE = 0.85;
    static final int RESOLUTION_SPAN_DAYS = 730;

    private final LocalDate asOf;
    private final long seed;

    public PortfolioGenerator(LocalDate asOf, long seed) {
        this.asOf = asOf;
        this.seed = seed;
    }

    public GeneratedPortfolio generate(PortfolioShape shape) {
        SplittableRandom random = new SplittableRandom(seed ^ shape.project().hashCode() ^ shape.outcomes());
        String p = shape.project();
        int next = 1;
        List<String> challenges = new ArrayList<>(shape.challenges());
        for (int c = 0; c < shape.challenges(); c++) {
            challenges.add(p + "-" + next++);
        }
        List<GeneratedPortfolio.Outcome> outcomes = new ArrayList<>(shape.outcomes());
        for (int o = 0; o < shape.outcomes(); o++) {
            String key = p + "-" + next++;
            outcomes.add(new GeneratedPortfolio.Outcome(key, "Customer retention " + (o + 1) + " moves from 60% to 75%",
                    challenges.get(o % challenges.size()), metrics(shape, o, random)));
        }
        List<String> epics = new ArrayList<>(shape.epics());
        int[] epicOutcome = new int[shape.epics()];
        for (int e = 0; e < shape.epics(); e++) {
            epics.add(p + "-" + next++);
            epicOutcome[e] = e / shape.epicsPerOutcome();
        }
        int issueCount = shape.issues();
        String[] issueKeys = new String[issueCount];
        int[] issueEpic = new int[issueCount];
        int[] resolvedOn = new int[issueCount];
        long firstDay = asOf.toEpochDay() - RESOLUTION_SPAN_DAYS + 1;
        for (int i = 0; i < issueCount; i++) {
            issueKeys[i] = p + "-" + next++;
            issueEpic[i] = i / shape.issuesPerEpic();
            resolvedOn[i] = random.nextDouble() < DONE_SHARE
                    ? (int) (firstDay + random.nextInt(RESOLUTION_SPAN_DAYS))
                    : GeneratedPortfolio.UNRESOLVED;
        }
        return new GeneratedPortfolio(shape, List.copyOf(challenges), List.copyOf(outcomes), List.copyOf(epics),
                epicOutcome, issueKeys, issueEpic, resolvedOn);
    }

    private List<GeneratedPortfolio.MetricPlan> metrics(PortfolioShape shape, int outcome, SplittableRandom random) {
        int weeks = shape.readingWeeks();
        LocalDate start = asOf.minusWeeks(weeks - 1L);
        LocalDate targetDate = asOf.plusDays(120);
        List<LocalDate> dates = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            dates.add(start.plusWeeks(w));
        }
        // A third of the outcomes stall, so the dashboard shows every status and the output-without-outcome signal.
        double pace = outcome % 3 == 0 ? 0.05 : 0.8;
        MetricDefinition outcomeMetric = new MetricDefinition(MetricKind.OUTCOME, "Customer retention " + (outcome + 1),
                "%", 60.0, 75.0, start, targetDate, 7, null, "bench generator", null, null);
        MetricDefinition leading = new MetricDefinition(MetricKind.LEADING, "Repeat purchase rate " + (outcome + 1),
                "%", 20.0, 30.0, start, targetDate, 7, null, "bench generator", null, null);
        MetricDefinition guardrail = new MetricDefinition(MetricKind.GUARDRAIL, "Support tickets per 100 users " + (outcome + 1),
                null, null, null, null, null, 7, null, "bench generator", 12.0, GuardrailComparator.AT_MOST);
        return List.of(
                new GeneratedPortfolio.MetricPlan(outcomeMetric, dates, series(weeks, 60.0, 15.0 * pace, 0.8, random)),
                new GeneratedPortfolio.MetricPlan(leading, dates, series(weeks, 20.0, 10.0 * pace, 0.6, random)),
                new GeneratedPortfolio.MetricPlan(guardrail, dates, series(weeks, 10.0, 1.0, 0.7, random)));
    }

    private static double[] series(int weeks, double from, double rise, double noise, SplittableRandom random) {
        double[] values = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            double trend = from + rise * w / Math.max(1, weeks - 1);
            values[w] = Math.round((trend + (random.nextDouble() - 0.5) * 2 * noise) * 100) / 100.0;
        }
        return values;
    }
}
