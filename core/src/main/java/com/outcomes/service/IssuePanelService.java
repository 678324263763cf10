package com.outcomes.service;

import com.outcomes.domain.Closure;
import com.outcomes.domain.Lifecycle;
import com.outcomes.port.ClosureStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.LintFinding;
import com.outcomes.domain.Metric;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.CheckInStore;
import com.outcomes.port.IssueRef;
import com.outcomes.port.MetricStore;
import com.outcomes.port.WorkTracker;

/**
 * The Outcome/Challenge panel as one use case: the issue's visibility and the user's edit right are asked once, the
 * issue's metrics are loaded once and serve the evaluations, the histories and the SMART check alike.
 */
public final class IssuePanelService {

    private final WorkTracker work;
    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final ReadingService readings;
    private final EpicService epics;
    private final Permissions permissions;
    private final Clock clock;
    private final CheckInStore checkIns;
    private final ClosureStore closures;

    public IssuePanelService(WorkTracker work, MetricStore metrics, EvaluationBatch evaluations,
                             ReadingService readings, EpicService epics, Permissions permissions, Clock clock,
                             CheckInStore checkIns, ClosureStore closures) {
        this.work = work;
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.readings = readings;
        this.epics = epics;
        this.permissions = permissions;
        this.clock = clock;
        this.checkIns = checkIns;
        this.closures = closures;
    }

    /** @throws NotFoundException when the issue does not exist or the user may not browse it (the same answer) */
    public IssuePanel panel(String user, String issueKey) {
        permissions.requireView(user, issueKey);
        IssueRef issue = work.issue(issueKey)
                .orElseThrow(() -> new NotFoundException("outcomes.error.issueNotFound", issueKey));
        LocalDate today = LocalDate.now(clock);
        boolean canEdit = permissions.canEdit(user, issueKey);

        List<Metric> own = metrics.byIssue(issueKey);
        Map<Long, ReadingHistory> series = evaluations.historiesOf(own);
        Map<Long, List<ReadingView>> histories = readings.historiesOf(own.stream().map(Metric::id).toList());
        boolean outcome = issue.isOfType(IssueRef.OUTCOME);
        Closure closure = outcome ? closures.current(issueKey).orElse(null) : null;
        Map<String, Closure> closed = closure == null ? Map.of() : Map.of(issueKey, closure);
        List<IssuePanel.TrackedMetric> tracked = evaluations.evaluate(own, series, today, closed).stream()
                .map(v -> new IssuePanel.TrackedMetric(v, histories.getOrDefault(v.metric().id(), List.of())))
                .toList();

        List<IssueRef> outcomes = issue.isOfType(IssueRef.CHALLENGE) ? work.outcomesOf(issueKey) : List.of();
        List<LintFinding> findings = LintService.findings(issue, own, series, outcomes.size(),
                Lifecycle.evaluationDay(today, closure));
        // no dead ends: an outcome links up to the challenge it measures, a challenge down to its outcomes
        IssueRef challenge = outcome ? work.challengeOf(issueKey)
                .filter(c -> permissions.canView(user, c.key())).orElse(null) : null;
        return new IssuePanel(issue, today, canEdit, tracked, outcome ? epics.rankingsOf(user, issueKey) : List.of(),
                findings, challenge, permissions.visible(user, outcomes),
                outcome ? checkIns.of(issueKey) : List.of(), closure);
    }
}
