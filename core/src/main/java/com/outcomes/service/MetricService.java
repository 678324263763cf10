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

import com.outcomes.domain.DefinitionChecks;
import com.outcomes.domain.ErrorKeys;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.Reading;
import com.outcomes.error.ConflictException;
import com.outcomes.port.ComputedReadingStore;
import com.outcomes.port.IssueCounter;
import com.outcomes.port.RefusingAutomation;
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

    private final IssueCounter counter;
    private final Computation computation;

    /** Without a host counter: computed metrics are refused at definition ({@link RefusingAutomation}). */
    public MetricService(MetricStore metrics, EvaluationBatch evaluations, Permissions permissions, Clock clock,
                         ClosureStore closures) {
        this(metrics, evaluations, permissions, clock, closures, RefusingAutomation.ports().counter(), null);
    }

    /**
     * @param counter          the host's JQL parser and counter, as the owner (DESIGN §3b)
     * @param computedReadings where "compute now" stores its reading; null where nothing is ever computed
     */
    public MetricService(MetricStore metrics, EvaluationBatch evaluations, Permissions permissions, Clock clock,
                         ClosureStore closures, IssueCounter counter, ComputedReadingStore computedReadings) {
        this.open = new OpenOutcomes(closures);
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.permissions = permissions;
        this.clock = clock;
        this.counter = counter;
        this.computation = computedReadings == null ? null
                : new Computation(counter, computedReadings, metrics, clock);
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

    /** Without an owner the defining user owns the metric (DESIGN §3b); it is defined today. */
    public MetricView define(String user, String issueKey, MetricDefinition candidate) {
        permissions.requireEdit(user, issueKey);
        open.requireOpen(issueKey);
        MetricDefinition owned = candidate != null && candidate.owner() == null ? candidate.withOwner(user) : candidate;
        MetricDefinition definition = MetricValidator.validate(owned, checks(issueKey));
        checkParent(user, definition, null);
        LocalDate today = LocalDate.now(clock);
        Metric created = metrics.create(issueKey, definition, today);
        return evaluations.evaluate(List.of(created), today).get(0);
    }

    /** Replaces the definition; the computation given replaces the current one (null: measured by hand from now). */
    public MetricView update(String user, long metricId, MetricDefinition candidate) {
        return update(user, metricId, candidate, false);
    }

    /**
     * Replaces the definition. Without an owner the current one stays (DESIGN §3b); with {@code keepComputed} (the
     * request did not mention {@code computed}) the current computation stays too.
     */
    public MetricView update(String user, long metricId, MetricDefinition candidate, boolean keepComputed) {
        Metric existing = visible(user, metricId);
        permissions.requireEdit(user, existing.issueKey());
        open.requireOpen(existing.issueKey());
        MetricDefinition merged = candidate;
        if (merged != null && merged.owner() == null) {
            merged = merged.withOwner(existing.owner() == null ? user : existing.owner());
        }
        if (merged != null && keepComputed) {
            merged = merged.withComputed(existing.definition().computed());
        }
        MetricDefinition definition = MetricValidator.validate(merged, checks(existing.issueKey()));
        checkParent(user, definition, existing.id());
        Metric updated = metrics.update(metricId, definition);
        return evaluations.evaluate(List.of(updated), LocalDate.now(clock)).get(0);
    }

    /**
     * "Compute now" (DESIGN §5 {@code POST /metrics/{id}/compute}): counts the metric's JQL as its owner and records the
     * reading for today. Needs edit permission on an open outcome.
     *
     * @throws ValidationException {@code computed} when the metric is not computed; {@code computed.jql} or
     *                             {@code computed.per} with the host's message when the count fails (stored as the
     *                             metric's lastComputeError too)
     * @throws ConflictException   when a computed reading for today exists already
     */
    public Reading computeNow(String user, long metricId) {
        Metric metric = visible(user, metricId);
        permissions.requireEdit(user, metric.issueKey());
        open.requireOpen(metric.issueKey());
        if (!metric.computed() || computation == null) {
            throw new ValidationException(new FieldError("computed", "outcomes.compute.notComputed"));
        }
        if (metric.owner() == null) {
            throw new ValidationException(new FieldError("owner", ErrorKeys.REQUIRED));
        }
        Computation.Outcome outcome = computation.compute(metric, LocalDate.now(clock));
        if (outcome instanceof Computation.Recorded recorded) {
            return recorded.reading();
        }
        if (outcome instanceof Computation.Failed failed) {
            throw new ValidationException(new FieldError(failed.field(), ErrorKeys.JQL_REFUSED, failed.message()));
        }
        throw new ConflictException("computed", "outcomes.compute.alreadyToday", metricId);
    }

    /** The host's answers for the owner and JQL of a metric of this issue. */
    private DefinitionChecks checks(String issueKey) {
        return new DefinitionChecks() {
            @Override
            public boolean ownerMayBrowse(String owner) {
                return permissions.canView(owner, issueKey);
            }

            @Override
            public Optional<String> jqlProblem(String jql, String owner) {
                return counter.problemWith(jql, owner);
            }
        };
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
