package com.outcomes.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.domain.Closure;
import com.outcomes.domain.Metric;
import com.outcomes.domain.ReminderRule;
import com.outcomes.port.IssueRef;
import com.outcomes.port.MetricStore;
import com.outcomes.port.WorkTracker;

/**
 * "My metrics" (DESIGN §3b/§5 {@code GET /metrics/due}): the caller's own metrics that are due within seven days or
 * stale, soonest first. Metrics of closed outcomes and of issues the caller can no longer browse are left out.
 */
public final class DueService {

    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final Permissions permissions;
    private final WorkTracker work;

    public DueService(MetricStore metrics, EvaluationBatch evaluations, Permissions permissions, WorkTracker work) {
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.permissions = permissions;
        this.work = work;
    }

    /**
     * Three SQL statements (the caller's metrics, their closures, their series) and one visibility batch, plus one
     * look-up of the summary per outcome listed.
     */
    public List<DueMetric> due(String user, LocalDate asOf) {
        List<Metric> owned = metrics.ownedBy(user);
        if (owned.isEmpty()) {
            return List.of();
        }
        Set<String> visible = permissions.visibleKeys(user, owned.stream().map(Metric::issueKey).distinct().toList());
        Map<String, Closure> closed = evaluations.closuresOf(owned);
        List<Metric> open = owned.stream()
                .filter(m -> visible.contains(m.issueKey()) && !closed.containsKey(m.issueKey()))
                .toList();
        Map<String, String> summaries = new HashMap<>();
        return evaluations.evaluate(open, evaluations.historiesOf(open), asOf, Map.of()).stream()
                .filter(v -> ReminderRule.dueSoonOrStale(v.evaluation().dueDate(), v.evaluation().stale(), asOf))
                .map(v -> new DueMetric(v,
                        summaries.computeIfAbsent(v.metric().issueKey(),
                                key -> work.issue(key).map(IssueRef::summary).orElse("")),
                        v.evaluation().dueDate(),
                        ReminderRule.daysOverdue(v.evaluation().dueDate(), asOf),
                        v.evaluation().stale()))
                .sorted(Comparator.comparing(DueMetric::dueDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(d -> d.view().metric().id()))
                .toList();
    }
}
