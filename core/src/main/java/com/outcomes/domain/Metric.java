package com.outcomes.domain;

import java.time.LocalDate;

/**
 * A stored metric: its definition, the Jira issue (Outcome or Challenge) it belongs to, the day it was defined (a
 * guardrail's first due date; null for metrics from before that was kept, until the backfill) and why its last
 * computation recorded nothing (null when it did, or it is not computed).
 */
public record Metric(long id, String issueKey, MetricDefinition definition, LocalDate definedOn,
                     ComputeError lastComputeError) {

    public Metric(long id, String issueKey, MetricDefinition definition) {
        this(id, issueKey, definition, null, null);
    }

    public boolean computed() {
        return definition.computed() != null;
    }

    public String owner() {
        return definition.owner();
    }

    public MetricKind kind() {
        return definition.kind();
    }
}
