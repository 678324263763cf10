package com.outcomes.view;

import java.util.List;

/** A challenge in the tree: its own metrics (KPIs) and the outcomes measuring it. */
public final class TreeChallengeView {

    private final IssueLink issue;
    private final List<TreeMetricLine> metrics;
    private final List<TreeOutcomeView> outcomes;

    public TreeChallengeView(IssueLink issue, List<TreeMetricLine> metrics, List<TreeOutcomeView> outcomes) {
        this.issue = issue;
        this.metrics = List.copyOf(metrics);
        this.outcomes = List.copyOf(outcomes);
    }

    public IssueLink getIssue() {
        return issue;
    }

    public List<TreeMetricLine> getMetrics() {
        return metrics;
    }

    public boolean isHasMetrics() {
        return !metrics.isEmpty();
    }

    public List<TreeOutcomeView> getOutcomes() {
        return outcomes;
    }

    public boolean isHasOutcomes() {
        return !outcomes.isEmpty();
    }
}
