package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class OkrScoreTest {

    private static MetricEvaluation scored(Double okrScore) {
        return new MetricEvaluation(LocalDate.of(2026, 1, 1), null, null, null, null, Status.NO_DATA, true,
                null, okrScore, null, null, null);
    }

    @Test
    public void metricScoreIsProgressWithinZeroToOne() {
        assertEquals(0.7, OkrScore.ofMetric(0.7), 0);
    }

    @Test
    public void overshootScoresOne() {
        assertEquals(1.0, OkrScore.ofMetric(1.4), 0);
    }

    @Test
    public void negativeProgressScoresZero() {
        assertEquals(0.0, OkrScore.ofMetric(-0.3), 0);
    }

    @Test
    public void noProgressNoScore() {
        assertNull(OkrScore.ofMetric(null));
    }

    @Test
    public void challengeScoreIsMeanOfOutcomeScores() {
        assertEquals(0.5, OkrScore.ofChallenge(List.of(scored(0.2), scored(0.8), scored(0.5))), 1e-12);
    }

    @Test
    public void challengeScoreSkipsOutcomesWithoutScore() {
        assertEquals(0.6, OkrScore.ofChallenge(Arrays.asList(scored(0.6), scored(null), null)), 1e-12);
    }

    @Test
    public void challengeWithoutAnyScoreHasNone() {
        assertNull(OkrScore.ofChallenge(List.of(scored(null))));
        assertNull(OkrScore.ofChallenge(List.of()));
        assertNull(OkrScore.ofChallenge(null));
    }
}
