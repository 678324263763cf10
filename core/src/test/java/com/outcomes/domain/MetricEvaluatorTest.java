package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.guardrail;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.hundredDays;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

public class MetricEvaluatorTest {

    private final MetricEvaluator evaluator = new MetricEvaluator();
    private static final LocalDate DAY_50 = JAN_1.plusDays(50);

    @Test
    public void fillsEveryFieldForAnOutcomeWithReadings() {
        ReadingHistory h = history(reading(1, 10, JAN_1.plusDays(10)), reading(2, 25, JAN_1.plusDays(25)),
                reading(3, 45, JAN_1.plusDays(45)));

        MetricEvaluation e = evaluator.evaluate(hundredDays(), h, DAY_50);

        assertEquals(DAY_50, e.asOf());
        assertEquals(45, e.current(), 0);
        assertEquals(JAN_1.plusDays(45), e.lastMeasuredAt());
        assertEquals(0.45, e.progress(), 1e-12);
        assertEquals(0.5, e.expected(), 1e-12);
        assertEquals(Status.ON_TRACK, e.status());
        assertFalse(e.stale());
        assertEquals(Integer.valueOf(5), e.daysSinceMeasured());
        assertEquals(0.45, e.okrScore(), 1e-12);
        assertNotNull(e.forecast());
        assertNull(e.correlation());
    }

    @Test
    public void measuredExactlyCadenceDaysAgoIsFresh() {
        MetricEvaluation e = evaluator.evaluate(hundredDays(), history(reading(1, 20, JAN_1.plusDays(20))), DAY_50);

        assertEquals(Integer.valueOf(30), e.daysSinceMeasured());
        assertFalse(e.stale());
    }

    @Test
    public void noReadingsGivesNoDataAndStale() {
        MetricEvaluation e = evaluator.evaluate(hundredDays(), ReadingHistory.empty(), DAY_50);

        assertNull(e.current());
        assertNull(e.lastMeasuredAt());
        assertNull(e.progress());
        assertEquals(0.5, e.expected(), 1e-12);
        assertEquals(Status.NO_DATA, e.status());
        assertTrue(e.stale());
        assertNull(e.daysSinceMeasured());
        assertNull(e.okrScore());
        assertNull(e.forecast());
    }

    @Test
    public void nullHistoryIsReadAsEmpty() {
        assertEquals(Status.NO_DATA, evaluator.evaluate(hundredDays(), null, DAY_50).status());
    }

    @Test
    public void pastAsOfIgnoresLaterReadings() {
        ReadingHistory h = history(reading(1, 20, JAN_1.plusDays(15)), reading(2, 100, JAN_1.plusDays(60)));

        MetricEvaluation e = evaluator.evaluate(hundredDays(), h, DAY_50);

        assertEquals(20, e.current(), 0);
        assertEquals(JAN_1.plusDays(15), e.lastMeasuredAt());
        assertEquals(Status.OFF_TRACK, e.status());
        assertEquals(Integer.valueOf(35), e.daysSinceMeasured());
        assertTrue(e.stale());
    }

    @Test
    public void overshootShowsProgressAboveOneButOkrScoreOfOne() {
        MetricEvaluation e = evaluator.evaluate(hundredDays(), history(reading(1, 130, DAY_50)), DAY_50);

        assertEquals(1.3, e.progress(), 1e-12);
        assertEquals(1.0, e.okrScore(), 0);
        assertEquals(Status.ACHIEVED, e.status());
    }

    @Test
    public void churnFallingFromEightToFourProgresses() {
        MetricDefinition churn = DomainFixtures.outcome(8, 4, JAN_1, JAN_1.plusDays(100));

        MetricEvaluation e = evaluator.evaluate(churn, history(reading(1, 6, DAY_50)), DAY_50);

        assertEquals(0.5, e.progress(), 1e-12);
        assertEquals(Status.ON_TRACK, e.status());
    }

    @Test
    public void correctedValueIsCurrent() {
        ReadingHistory h = history(reading(1, 90, DAY_50), correction(2, 1, 40, DAY_50));

        MetricEvaluation e = evaluator.evaluate(hundredDays(), h, DAY_50);

        assertEquals(40, e.current(), 0);
        assertEquals(0.4, e.progress(), 1e-12);
    }

    @Test
    public void guardrailHasNoProgressExpectedOrScore() {
        MetricEvaluation e = evaluator.evaluate(guardrail(5, GuardrailComparator.AT_MOST),
                history(reading(1, 4, DAY_50)), DAY_50);

        assertEquals(4, e.current(), 0);
        assertNull(e.progress());
        assertNull(e.expected());
        assertNull(e.okrScore());
        assertNull(e.forecast());
        assertEquals(Status.ON_TRACK, e.status());
        assertFalse(e.stale());
    }

    @Test
    public void afterTargetDateExpectedIsOneAndUnreachedIsMissed() {
        LocalDate late = JAN_1.plusDays(150);

        MetricEvaluation e = evaluator.evaluate(hundredDays(), history(reading(1, 90, late)), late);

        assertEquals(1.0, e.expected(), 0);
        assertEquals(Status.MISSED, e.status());
    }

    @Test
    public void leadingWithParentHistoryGetsACorrelation() {
        MetricDefinition leading = DomainFixtures.targeted(MetricKind.LEADING, 0, 10, JAN_1, JAN_1.plusDays(100));

        MetricEvaluation e = evaluator.evaluate(leading, history(reading(1, 1, JAN_1)), DAY_50,
                ReadingHistory.empty());

        assertNotNull(e.correlation());
        assertTrue(e.correlation().insufficientData());
    }

    @Test
    public void nonLeadingMetricGetsNoCorrelationEvenWithParentHistory() {
        MetricEvaluation e = evaluator.evaluate(hundredDays(), history(reading(1, 1, JAN_1)), DAY_50,
                ReadingHistory.empty());

        assertNull(e.correlation());
    }

    @Test
    public void correlationOfLeadingUsesOnlyReadingsUpToAsOf() {
        MetricDefinition leading = DomainFixtures.targeted(MetricKind.LEADING, 0, 10, JAN_1, JAN_1.plusDays(400));
        LocalDate monday = LocalDate.of(2026, 1, 5);
        double[] signal = {3, 7, 1, 9, 4, 8, 2, 6};
        java.util.List<ReadingPoint> lead = new java.util.ArrayList<>();
        java.util.List<ReadingPoint> out = new java.util.ArrayList<>();
        for (int i = 0; i < signal.length; i++) {
            lead.add(reading(i + 1, signal[i], monday.plusWeeks(i)));
            out.add(reading(i + 100, 2 * signal[i], monday.plusWeeks(i)));
        }

        MetricEvaluation all = evaluator.evaluate(leading, new ReadingHistory(lead), monday.plusWeeks(8),
                new ReadingHistory(out));
        MetricEvaluation early = evaluator.evaluate(leading, new ReadingHistory(lead), monday.plusWeeks(4),
                new ReadingHistory(out));

        assertEquals(Integer.valueOf(8), all.correlation().n());
        assertEquals(1.0, all.correlation().r(), 1e-9);
        assertTrue(early.correlation().insufficientData());
    }
}
