package com.outcomes.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.ReadingRepository;
import com.outcomes.store.Transactions;

/**
 * Loads generated metrics and readings through the normal storage code: {@link MetricRepository#create} per
 * metric and one {@link ReadingRepository#appendAll} per metric history, as a CSV import would store them. Given the
 * store's {@link Transactions}, the outcomes of a portfolio are stored {@value #OUTCOMES_PER_TRANSACTION} to a
 * transaction, as a seeder would (the repositories' own transactions join it): one commit, and one disk sync, per
 * batch instead of two per metric, which is what made loading the scale ×5 portfolio's 312,000 readings slow.
 */
public final class PortfolioLoader {

    static final String LOADER = "bench-loader";
    static final int OUTCOMES_PER_TRANSACTION = 50;

    private final MetricRepository metrics;
    private final ReadingRepository readings;
    private final Instant recordedAt;
    private final Transactions batches;

    /** Every metric and every history in its own transaction. */
    public PortfolioLoader(MetricRepository metrics, ReadingRepository readings, Instant recordedAt) {
        this(metrics, readings, recordedAt, null);
    }

    /** @param batches the store's transactions over the repositories' database, or null for one per call */
    public PortfolioLoader(MetricRepository metrics, ReadingRepository readings, Instant recordedAt, Transactions batches) {
        this.metrics = metrics;
        this.readings = readings;
        this.recordedAt = recordedAt;
        this.batches = batches;
    }

    /** @return the ids of the stored metrics, in the order of the portfolio's outcomes */
    public List<Long> load(GeneratedPortfolio portfolio) {
        List<Long> ids = new ArrayList<>(portfolio.shape().metrics());
        List<GeneratedPortfolio.Outcome> outcomes = portfolio.outcomes();
        for (int from = 0; from < outcomes.size(); from += OUTCOMES_PER_TRANSACTION) {
            List<GeneratedPortfolio.Outcome> batch = outcomes.subList(from, Math.min(outcomes.size(), from + OUTCOMES_PER_TRANSACTION));
            // a transaction the database aborts is run again whole: its ids are kept only once it commits
            ids.addAll(batches == null ? loadOutcomes(batch) : batches.run(() -> loadOutcomes(batch)));
        }
        return ids;
    }

    private List<Long> loadOutcomes(List<GeneratedPortfolio.Outcome> outcomes) {
        List<Long> ids = new ArrayList<>(outcomes.size() * PortfolioShape.METRICS_PER_OUTCOME);
        for (GeneratedPortfolio.Outcome outcome : outcomes) {
            Long outcomeMetricId = null;
            for (GeneratedPortfolio.MetricPlan plan : outcome.metrics()) {
                MetricDefinition definition = plan.definition();
                if (definition.kind() == MetricKind.LEADING) {
                    definition = withParent(definition, outcomeMetricId);
                }
                Metric metric = metrics.create(outcome.key(), definition);
                if (definition.kind() == MetricKind.OUTCOME) {
                    outcomeMetricId = metric.id();
                }
                appendHistory(metric.id(), plan);
                ids.add(metric.id());
            }
        }
        return ids;
    }

    private void appendHistory(long metricId, GeneratedPortfolio.MetricPlan plan) {
        List<NewReading> history = new ArrayList<>(plan.values().length);
        for (int i = 0; i < plan.values().length; i++) {
            history.add(new NewReading(plan.values()[i], plan.measuredAt().get(i), null, "bench generator", null));
        }
        readings.appendAll(metricId, history, LOADER, recordedAt);
    }

    /** Defines one metric on an issue and appends the given history in one call. */
    public long loadSingle(String issueKey, MetricDefinition definition, List<NewReading> history) {
        long id = metrics.create(issueKey, definition).id();
        if (!history.isEmpty()) {
            readings.appendAll(id, history, LOADER, recordedAt);
        }
        return id;
    }

    private static MetricDefinition withParent(MetricDefinition d, Long parentId) {
        return new MetricDefinition(d.kind(), d.name(), d.unit(), d.baseline(), d.target(), d.startDate(), d.targetDate(),
                d.cadenceDays(), parentId, d.source(), d.threshold(), d.comparator());
    }
}
