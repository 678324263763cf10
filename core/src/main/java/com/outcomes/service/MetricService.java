package com.outcomes.service;

import com.outcomes.port.ClosureStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.MetricValidator;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.MetricStore;

/** Defining metrics on Outcome/Challenge issues and reading them with their computed fields. */
public final class MetricService {

    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final Permissions permissions;
    private final Clock clock;
    private final OpenOutcomes open;

    public MetricService(MetricStore metrics, EvaluationBatch evaluations, Permissions permissions, Clock clock,
                         ClosureStore closures) {
        this.open = new OpenOutcomes(closures);
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.permissions = permissions;
        this.clock = clock;
    }

    public List<MetricView> metricsOf(String user, String issueKey, LocalDate asOf) {
        permissions.requireView(user, issueKey);
        return evaluations.evaluate(metrics.byIssue(issueKey), asOf);
    }

    /**
     * Metrics of several issues in a constant number of queries, keyed by issue; issues the user may not browse
     * are left out rather than failing the whole call.
     */
    public Map<String, List<MetricView>> metricsOf(String user, Collection<String> issueKeys, LocalDate asOf) {
        return evaluatedByIssue(permissions.visibleKeys(user, issueKeys), asOf);
    }

    /** The metrics of issues the caller has already checked, evaluated in a constant number of queries. */
    Map<String, List<MetricView>> evaluatedByIssue(Collection<String> visibleIssueKeys, LocalDate asOf) {
        Map<String, List<MetricView>> byIssue = new LinkedHashMap<>();
        if (visibleIssueKeys.isEmpty()) {
            return byIssue;
        }
        for (MetricView view : evaluations.evaluate(metrics.byIssues(visibleIssueKeys), asOf)) {
            byIssue.computeIfAbsent(view.metric().issueKey(), k -> new ArrayList<>()).add(view);
        }
        return byIssue;
    }

    public MetricView get(String user, long metricId, LocalDate asOf) {
        Metric metric = visible(user, metricId);
        return evaluations.evaluate(List.of(metric), asOf).get(0);
    }

    public MetricView define(String user, String issueKey, MetricDefinition candidate) {
        permissions.requireEdit(user, issueKey);
        open.requireOpen(issueKey);
        MetricDefinition definition = MetricValidator.validate(candidate);
        checkParent(user, definition, null);
        Metric created = metrics.create(issueKey, definition);
        return evaluations.evaluate(List.of(created), LocalDate.now(clock)).get(0);
    }

    public MetricView update(String user, long metricId, MetricDefinition candidate) {
        Metric existing = visible(user, metricId);
        permissions.requireEdit(user, existing.issueKey());
        open.requireOpen(existing.issueKey());
        MetricDefinition definition = MetricValidator.validate(candidate);
        checkParent(user, definition, existing.id());
        Metric updated = metrics.update(metricId, definition);
        return evaluations.evaluate(List.of(updated), LocalDate.now(clock)).get(0);
    }

    /** The metric if it exists and the caller may browse its issue; otherwise 404. */
    Metric visible(String user, long metricId) {
        Optional<Metric> metric = metrics.find(metricId);
        if (metric.isEmpty() || !permissions.canView(user, metric.get().issueKey())) {
            throw new NotFoundException("outcomes.error.metricNotFound", metricId);
        }
        return metric.get();
    }

    /** A leading indicator's parent must be a visible OUTCOME metric, and never the metric itself. */
    private void checkParent(String user, MetricDefinition definition, Long selfId) {
        Long parentId = definition.parentMetricId();
        if (parentId == null) {
            return;
        }
        Optional<Metric> parent = metrics.find(parentId);
        boolean usable = parent.isPresent()
                && !parentId.equals(selfId)
                && parent.get().kind() == MetricKind.OUTCOME
                && permissions.canView(user, parent.get().issueKey());
        if (!usable) {
            throw new ValidationException(new FieldError("parentMetricId", "outcomes.error.parentNotOutcome", parentId));
        }
    }
}
