package com.outcomes.service;

import com.outcomes.domain.Lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.LintFinding;
import com.outcomes.domain.LintSubject;
import com.outcomes.domain.Metric;
import com.outcomes.domain.OutcomeLint;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.IssueRef;
import com.outcomes.port.WorkTracker;
import com.outcomes.port.MetricStore;

/** The SMART check of a success statement; findings advise, they never block saving. */
public final class LintService {

    private final WorkTracker work;
    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final Permissions permissions;

    public LintService(WorkTracker work, MetricStore metrics, EvaluationBatch evaluations, Permissions permissions) {
        this.work = work;
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.permissions = permissions;
    }

    public List<LintFinding> lint(String user, String issueKey, LocalDate asOf) {
        permissions.requireView(user, issueKey);
        IssueRef issue = work.issue(issueKey)
                .orElseThrow(() -> new NotFoundException("outcomes.error.issueNotFound", issueKey));
        List<Metric> own = metrics.byIssue(issueKey);
        int outcomeCount = issue.isOfType(IssueRef.CHALLENGE) ? work.outcomesOf(issueKey).size() : 0;
        // a closed outcome is judged as it stood on its closing day
        LocalDate day = Lifecycle.evaluationDay(asOf, evaluations.closuresOf(own).get(issueKey));
        return findings(issue, own, evaluations.historiesOf(own), outcomeCount, day);
    }

    /**
     * The findings for an issue whose metrics and their rule series are already loaded.
     *
     * @param outcomeCount a challenge's outcomes, visible or not (a challenge without any is a finding); 0 for an outcome
     */
    static List<LintFinding> findings(IssueRef issue, List<Metric> own, Map<Long, ReadingHistory> histories,
                                      int outcomeCount, LocalDate asOf) {
        boolean challenge = issue.isOfType(IssueRef.CHALLENGE);
        return OutcomeLint.lint(new LintSubject(issue.key(), issue.summary(), challenge, own, histories, outcomeCount),
                asOf);
    }
}
