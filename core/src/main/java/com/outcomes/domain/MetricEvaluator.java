package com.outcomes.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Computes every derived field of a metric as of one day (DESIGN §3 and §5). Stateless. */
public final class MetricEvaluator {

    public MetricEvaluator() {
    }

    /** {@link #evaluate(MetricDefinition, ReadingHistory, LocalDate, ReadingHistory)} without a parent. */
    public MetricEvaluation evaluate(MetricDefinition metric, ReadingHistory history, LocalDate asOf) {
        return evaluate(metric, history, asOf, null);
    }

    /**
     * Only readings measured on or before {@code asOf} count, so a past asOf shows the metric as it
     * stood then.
     *
     * @param history the metric's readings; null means none
     * @param parentHistory the readings of the parent OUTCOME metric when {@code metric} is a LEADING
     *     metric with a parent, else null; correlation is computed only when this is given
     */
    public MetricEvaluation evaluate(MetricDefinition metric, ReadingHistory history, LocalDate asOf,
                                     ReadingHistory parentHistory) {
        return evaluate(metric, history, asOf, parentHistory, null);
    }

    /** @param definedOn the day the metric was defined (a guardrail's due date before its first reading), or null */
    public MetricEvaluation evaluate(MetricDefinition metric, ReadingHistory history, LocalDate asOf,
                                     ReadingHistory parentHistory, LocalDate definedOn) {
        ReadingHistory past = (history == null ? ReadingHistory.empty() : history).asOf(asOf);
        Optional<ReadingPoint> current = past.current();
        boolean targeted = metric.kind() != MetricKind.GUARDRAIL;

        Double progress = targeted && current.isPresent() && Progress.hasSpan(metric)
                ? Progress.of(metric, current.get().value())
                : null;
        Double expected = targeted && Progress.hasDates(metric) ? Progress.expected(metric, asOf) : null;
        Correlation correlation = metric.kind() == MetricKind.LEADING && parentHistory != null
                ? CorrelationRule.of(past, parentHistory, asOf)
                : null;

        Forecast forecast = ForecastRule.of(metric, past);
        return new MetricEvaluation(
                asOf,
                current.map(ReadingPoint::value).orElse(null),
                current.map(ReadingPoint::measuredAt).orElse(null),
                progress,
                expected,
                StatusRule.of(metric, past, asOf),
                Staleness.isStale(metric, past, asOf),
                Staleness.daysSinceMeasured(past, asOf),
                targeted ? OkrScore.ofMetric(progress) : null,
                forecast == null ? null : forecast.withRequired(RateCheck.requiredRatePer30Days(metric, past, asOf)),
                correlation,
                Staleness.dueDate(metric, past, definedOn));
    }
}
