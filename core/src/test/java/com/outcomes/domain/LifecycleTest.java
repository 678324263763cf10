package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.hundredDays;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

public class LifecycleTest {

    private final MetricEvaluator evaluator = new MetricEvaluator();

    @Test
    public void aClosedOutcomeIsEvaluatedOnItsClosingDayWhenAskedLater() {
        Closure closedOnDay40 = closure(JAN_1.plusDays(40));

        assertEquals(JAN_1.plusDays(40), Lifecycle.evaluationDay(JAN_1.plusDays(90), closedOnDay40));
    }

    @Test
    public void aDayBeforeTheClosureIsEvaluatedAsThatDay() {
        Closure closedOnDay40 = closure(JAN_1.plusDays(40));

        assertEquals(JAN_1.plusDays(20), Lifecycle.evaluationDay(JAN_1.plusDays(20), closedOnDay40));
        assertEquals(JAN_1.plusDays(40), Lifecycle.evaluationDay(JAN_1.plusDays(40), closedOnDay40));
    }

    @Test
    public void anOpenOutcomeIsEvaluatedOnTheDayAskedFor() {
        assertEquals(JAN_1.plusDays(90), Lifecycle.evaluationDay(JAN_1.plusDays(90), null));
    }

    @Test
    public void aFrozenMetricIsNeverStaleButKeepsItsValues() {
        // given a metric last measured on day 10 with a 30-day cadence: stale by day 50
        MetricEvaluation stale = evaluator.evaluate(hundredDays(), history(reading(1, 25, JAN_1.plusDays(10))),
                JAN_1.plusDays(50));
        assertTrue(stale.stale());

        // when
        MetricEvaluation frozen = Lifecycle.frozen(stale);

        // then
        assertFalse(frozen.stale());
        assertEquals(stale.current(), frozen.current());
        assertEquals(stale.status(), frozen.status());
        assertEquals(stale.okrScore(), frozen.okrScore());
        assertEquals(stale.daysSinceMeasured(), frozen.daysSinceMeasured());
    }

    @Test
    public void theFinalScoreIsTheOutcomeMetricsOkrScoreOnTheClosingDay() {
        // given readings of 30 on day 20 and 60 on day 60 (baseline 0, target 100)
        ReadingHistory h = history(reading(1, 30, JAN_1.plusDays(20)), reading(2, 60, JAN_1.plusDays(60)));

        // when closed on day 40, the later reading does not count
        Double score = Lifecycle.finalScore(evaluator.evaluate(hundredDays(), h, JAN_1.plusDays(40)));

        // then
        assertEquals(0.3, score, 1e-12);
    }

    @Test
    public void anOutcomeWithoutAnOutcomeMetricHasNoFinalScore() {
        assertNull(Lifecycle.finalScore(null));
    }

    @Test
    public void onlyMissedAndAbandonedNeedALearning() {
        assertFalse(OutcomeResult.ACHIEVED.needsLearning());
        assertTrue(OutcomeResult.MISSED.needsLearning());
        assertTrue(OutcomeResult.ABANDONED.needsLearning());
    }

    private static Closure closure(LocalDate closedOn) {
        return new Closure("OUT-1", OutcomeResult.MISSED, "learned", closedOn, "admin", null);
    }
}
