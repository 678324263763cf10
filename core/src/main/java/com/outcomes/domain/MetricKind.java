package com.outcomes.domain;

/** What role a metric plays for its issue. */
public enum MetricKind {
    /** The customer-facing number a success statement is about. */
    OUTCOME,
    /** A faster-moving number expected to predict an outcome metric. */
    LEADING,
    /** A number that must stay on the right side of a threshold while the outcome moves. */
    GUARDRAIL,
    /** A lagging business-health number. */
    KPI;

    public boolean hasTarget() {
        return this != GUARDRAIL;
    }
}
