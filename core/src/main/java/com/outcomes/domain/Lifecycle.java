package com.outcomes.domain;

import java.time.LocalDate;

/**
 * What closing an outcome means for its metrics (DESIGN §3b): they are frozen on the day it closed — evaluated as of
 * {@code min(asOf, closedOn)} and never stale, since nobody is expected to measure a closed outcome any more.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** The day a metric of the outcome is evaluated on: {@code asOf}, or the closing day if that is earlier. */
    public static LocalDate evaluationDay(LocalDate asOf, Closure closure) {
        if (closure == null || !closure.closedOn().isBefore(asOf)) {
            return asOf;
        }
        return closure.closedOn();
    }

    /** The evaluation of a metric of a closed outcome: the same values, but not stale. */
    public static MetricEvaluation frozen(MetricEvaluation e) {
        return new MetricEvaluation(e.asOf(), e.current(), e.lastMeasuredAt(), e.progress(), e.expected(), e.status(),
                false, e.daysSinceMeasured(), e.okrScore(), e.forecast(), e.correlation(), e.dueDate());
    }

    /** The final score: the OUTCOME metric's okrScore as of the closing day, null without an outcome metric. */
    public static Double finalScore(MetricEvaluation outcomeMetricOnClosingDay) {
        return outcomeMetricOnClosingDay == null ? null : outcomeMetricOnClosingDay.okrScore();
    }
}
