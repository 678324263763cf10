package com.outcomes.domain;

/** A stored metric: its definition and the Jira issue (Outcome or Challenge) it belongs to. */
public record Metric(long id, String issueKey, MetricDefinition definition) {

    public MetricKind kind() {
        return definition.kind();
    }
}
