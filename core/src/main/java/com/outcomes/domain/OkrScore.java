package com.outcomes.domain;

import java.util.List;
import java.util.Objects;

/** OKR-style score: progress clamped to 0..1 (0.7 is a good result for a stretch goal). */
public final class OkrScore {

    private OkrScore() {
    }

    /** clamp(progress, 0, 1); null when there is no progress. */
    public static Double ofMetric(Double progress) {
        return progress == null ? null : Progress.clamp(progress, 0, 1);
    }

    /**
     * A challenge's score: the mean of the given evaluations' non-null okrScores (the caller passes
     * the evaluations of the OUTCOME metrics of the challenge's outcomes); null when none has one.
     */
    public static Double ofChallenge(List<MetricEvaluation> outcomeMetricEvaluations) {
        if (outcomeMetricEvaluations == null) {
            return null;
        }
        List<Double> scores = outcomeMetricEvaluations.stream()
                .filter(Objects::nonNull)
                .map(MetricEvaluation::okrScore)
                .filter(Objects::nonNull)
                .toList();
        if (scores.isEmpty()) {
            return null;
        }
        return scores.stream().mapToDouble(Double::doubleValue).sum() / scores.size();
    }
}
