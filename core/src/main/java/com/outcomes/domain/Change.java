package com.outcomes.domain;

/**
 * Whether a metric's change is good news (issue 15): judged by the direction that is good for this metric, never by
 * the sign alone — a response time falling from 24 to 8 hours improves as it goes down.
 */
public enum Change {
    BETTER, WORSE, FLAT, UNKNOWN;

    /**
     * BETTER when the change moves towards the target (OUTCOME, LEADING, KPI: the sign of target − baseline) or, for a
     * guardrail, towards satisfying its comparator (AT_MOST: down, AT_LEAST: up); FLAT for no change; UNKNOWN when
     * there is no change to judge (a value missing) or no good direction (no span, no comparator).
     */
    public static Change of(MetricDefinition m, Double from, Double to) {
        if (from == null || to == null) {
            return UNKNOWN;
        }
        double delta = to - from;
        if (Math.abs(delta) < Progress.EPSILON) {
            return FLAT;
        }
        int good = goodDirection(m);
        if (good == 0) {
            return UNKNOWN;
        }
        return delta * good > 0 ? BETTER : WORSE;
    }

    /** +1 when higher is better, −1 when lower is better, 0 when the definition does not say. */
    public static int goodDirection(MetricDefinition m) {
        if (m == null) {
            return 0;
        }
        if (m.kind() == MetricKind.GUARDRAIL) {
            if (m.comparator() == null) {
                return 0;
            }
            return m.comparator() == GuardrailComparator.AT_MOST ? -1 : 1;
        }
        return Progress.direction(m);
    }
}
