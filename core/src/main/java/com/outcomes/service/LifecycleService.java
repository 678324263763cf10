package com.outcomes.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.Closure;
import com.outcomes.domain.ClosureValidator;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.IssueKeys;
import com.outcomes.domain.Lifecycle;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewClosure;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.ClosureStore;
import com.outcomes.port.IssueRef;
import com.outcomes.port.MetricStore;
import com.outcomes.port.WorkTracker;

/**
 * Closing and reopening outcomes, and what was learned from the closed ones (DESIGN §3b "Lifecycle"). Only Outcome
 * issues have a lifecycle; the caller must browse the outcome to see it (404 otherwise) and edit it to change it (403).
 */
public final class LifecycleService {

    /** Newest closing day first; on the same day the higher issue number (usually the later outcome) first. */
    private static final Comparator<ClosedOutcome> NEWEST_FIRST = Comparator
            .comparing((ClosedOutcome c) -> c.closure().closedOn()).reversed()
            .thenComparing(c -> c.outcome().key(), IssueKeys.BY_NUMBER.reversed());

    private final WorkTracker work;
    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final ClosureStore closures;
    private final Permissions permissions;
    private final Clock clock;

    public LifecycleService(WorkTracker work, MetricStore metrics, EvaluationBatch evaluations, ClosureStore closures,
                            Permissions permissions, Clock clock) {
        this.work = work;
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.closures = closures;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * Closes the outcome; its final score is its OUTCOME metric's OKR score as of the closing day.
     *
     * @throws com.outcomes.error.ConflictException when it is already closed (409)
     */
    public Closure close(String user, String issueKey, NewClosure candidate) {
        requireOutcome(user, issueKey);
        permissions.requireEdit(user, issueKey);
        ClosureValidator.Valid valid = ClosureValidator.validate(candidate, LocalDate.now(clock));
        Closure closure = new Closure(issueKey, valid.result(), valid.learning(), valid.closedOn(), user,
                finalScore(issueKey, valid.closedOn()));
        return closures.close(closure, clock.instant());
    }

    /**
     * Reopens the outcome: its metrics take readings again and are evaluated as of any day; the closure is kept.
     *
     * @return the closure that ended
     * @throws com.outcomes.error.ConflictException when it is open (409)
     */
    public Closure reopen(String user, String issueKey) {
        requireOutcome(user, issueKey);
        permissions.requireEdit(user, issueKey);
        return closures.reopen(issueKey, user, clock.instant());
    }

    /**
     * The project's closed outcomes the caller may browse, newest first: one portfolio read, one permission batch and
     * one closure query, however many outcomes.
     */
    public List<ClosedOutcome> closed(String user, String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            throw new ValidationException(new FieldError("project", "outcomes.error.required"));
        }
        if (!work.hasProject(projectKey) || !permissions.canBrowseProject(user, projectKey)) {
            throw new NotFoundException("outcomes.error.projectNotFound", projectKey);
        }
        List<IssueRef> outcomes = permissions.visible(user, work.portfolio(projectKey).outcomes());
        if (outcomes.isEmpty()) {
            return List.of();
        }
        Map<String, Closure> current = closures.currentOf(outcomes.stream().map(IssueRef::key).toList());
        return outcomes.stream()
                .filter(o -> current.containsKey(o.key()))
                .map(o -> new ClosedOutcome(o, current.get(o.key())))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** The outcome's current closure, or null while it is open; for a caller who may browse it. */
    public Closure closureOf(String user, String issueKey) {
        requireOutcome(user, issueKey);
        return closures.current(issueKey).orElse(null);
    }

    /** Only an existing Outcome the caller may browse has a lifecycle; anything else is "not found". */
    private void requireOutcome(String user, String issueKey) {
        permissions.requireView(user, issueKey);
        boolean outcome = work.issue(issueKey).map(i -> i.isOfType(IssueRef.OUTCOME)).orElse(false);
        if (!outcome) {
            throw new NotFoundException("outcomes.lifecycle.error.notAnOutcome", issueKey);
        }
    }

    /** The OUTCOME metric's okrScore as of the closing day, evaluated as the open outcome stood then. */
    private Double finalScore(String issueKey, LocalDate closedOn) {
        List<Metric> outcomeMetric = metrics.byIssue(issueKey).stream()
                .filter(m -> m.kind() == MetricKind.OUTCOME).limit(1).toList();
        if (outcomeMetric.isEmpty()) {
            return null;
        }
        MetricView view = evaluations.evaluate(outcomeMetric, evaluations.historiesOf(outcomeMetric), closedOn,
                Map.of()).get(0);
        return Lifecycle.finalScore(view.evaluation());
    }
}
