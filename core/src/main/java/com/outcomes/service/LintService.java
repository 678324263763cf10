package com.outcomes.service;

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
        boolean challenge = issue.isOfType(IssueRef.CHALLENGE);
        List<Metric> own = metrics.byIssue(issueKey);
        Map<Long, ReadingHistory> histories = evaluations.historiesOf(own);
        int outcomeCount = challenge ? work.outcomesOf(issueKey).size() : 0;
        return OutcomeLint.lint(new LintSubject(issueKey, issue.summary(), challenge, own, histories, outcomeCount), asOf);
    }
}
