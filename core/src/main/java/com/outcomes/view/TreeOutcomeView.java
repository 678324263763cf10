package com.outcomes.view;

import java.util.List;

/**
 * An outcome in the tree with its metrics and epics. {@code closed}: the outcome is closed (DESIGN §3b), so the page
 * greys it; fed from the service answer's {@code closed} flag.
 */
public final class TreeOutcomeView {

    private final IssueLink issue;
    private final boolean closed;
    private final List<TreeMetricLine> metrics;
    private final List<TreeEpicLine> epics;

    public TreeOutcomeView(IssueLink issue, boolean closed, List<TreeMetricLine> metrics, List<TreeEpicLine> epics) {
        this.issue = issue;
        this.closed = closed;
        this.metrics = List.copyOf(metrics);
        this.epics = List.copyOf(epics);
    }

    public IssueLink getIssue() {
        return issue;
    }

    public boolean isClosed() {
        return closed;
    }

    public List<TreeMetricLine> getMetrics() {
        return metrics;
    }

    public boolean isHasMetrics() {
        return !metrics.isEmpty();
    }

    public List<TreeEpicLine> getEpics() {
        return epics;
    }

    public boolean isHasEpics() {
        return !epics.isEmpty();
    }
}
