package com.outcomes.service;

import java.util.LinkedHashSet;
import com.outcomes.domain.Closure;
import com.outcomes.domain.Lifecycle;
import com.outcomes.port.ClosureStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricEvaluator;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.port.ReadingStore;

/**
 * Evaluates a batch of metrics with a constant number of queries: one load of every history
 * needed, parents of leading indicators included.
 */
public final class EvaluationBatch {

    private final ReadingStore readings;
    private final ClosureStore closures;
    private final MetricEvaluator evaluator = new MetricEvaluator();

    public EvaluationBatch(ReadingStore readings, ClosureStore closures) {
        this.readings = readings;
        this.closures = closures;
    }

    /**
     * The current closures of the metrics' issues, in one query: a closed outcome's metrics are frozen on its closing
     * day (DESIGN §3b), wherever they are evaluated.
     */
    Map<String, Closure> closuresOf(Collection<Metric> metrics) {
        Set<String> issueKeys = new LinkedHashSet<>();
        metrics.forEach(m -> issueKeys.add(m.issueKey()));
        return closuresOfIssues(issueKeys);
    }

    /** The current closures of these issues (closed outcomes only), in one query. */
    Map<String, Closure> closuresOfIssues(Collection<String> issueKeys) {
        return issueKeys.isEmpty() ? Map.of() : closures.currentOf(issueKeys);
    }

    /** Histories of the metrics and of their parents, keyed by metric id. */
    Map<Long, ReadingHistory> historiesOf(Collection<Metric> metrics) {
        return historiesOfIds(historyIds(metrics));
    }

    /** The ids of the metrics and of their parents: the histories their evaluations read. */
    static Set<Long> historyIds(Collection<Metric> metrics) {
        Set<Long> ids = new HashSet<>();
        for (Metric m : metrics) {
            ids.add(m.id());
            if (hasParent(m)) {
                ids.add(m.definition().parentMetricId());
            }
        }
        return ids;
    }

    /** Histories of these metrics in one query, keyed by metric id; a metric without readings is absent. */
    Map<Long, ReadingHistory> historiesOfIds(Set<Long> ids) {
        Map<Long, ReadingHistory> histories = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return histories;
        }
        for (Map.Entry<Long, List<ReadingPoint>> e : readings.seriesOf(ids).entrySet()) {
            histories.put(e.getKey(), new ReadingHistory(e.getValue()));
        }
        return histories;
    }

    List<MetricView> evaluate(List<Metric> metrics, Map<Long, ReadingHistory> histories, LocalDate asOf,
                              Map<String, Closure> closed) {
        List<MetricView> views = new ArrayList<>(metrics.size());
        for (Metric m : metrics) {
            views.add(evaluate(m, histories, asOf, closed));
        }
        return views;
    }

    /** @param closed the current closures by issue key ({@link #closuresOf}): a closed outcome's metric is frozen */
    MetricView evaluate(Metric m, Map<Long, ReadingHistory> histories, LocalDate asOf, Map<String, Closure> closed) {
        ReadingHistory own = histories.getOrDefault(m.id(), ReadingHistory.empty());
        ReadingHistory parent = hasParent(m)
                ? histories.getOrDefault(m.definition().parentMetricId(), ReadingHistory.empty())
                : null;
        Closure closure = closed.get(m.issueKey());
        if (closure == null) {
            return new MetricView(m, evaluator.evaluate(m.definition(), own, asOf, parent, m.definedOn()));
        }
        return new MetricView(m, Lifecycle.frozen(
                evaluator.evaluate(m.definition(), own, Lifecycle.evaluationDay(asOf, closure), parent,
                        m.definedOn())));
    }

    /**
     * As {@link #evaluate(Metric, Map, LocalDate, Map)} for a metric whose outcome is open. Kept for callers written
     * before the lifecycle; a caller that may meet closed outcomes passes their closures ({@link #closuresOf}).
     */
    MetricView evaluate(Metric m, Map<Long, ReadingHistory> histories, LocalDate asOf) {
        return evaluate(m, histories, asOf, Map.of());
    }

    List<MetricView> evaluate(List<Metric> metrics, LocalDate asOf) {
        return evaluate(metrics, historiesOf(metrics), asOf, closuresOf(metrics));
    }

    static boolean hasParent(Metric m) {
        return m.kind() == MetricKind.LEADING && m.definition().parentMetricId() != null;
    }
}
