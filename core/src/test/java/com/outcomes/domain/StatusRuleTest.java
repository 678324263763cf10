package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.guardrail;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.hundredDays;
import static com.outcomes.domain.DomainFixtures.outcome;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;

/**
 * Boundaries use the 100-day metric 0 → 100 (progress = value/100); at day 50 expected is exactly 0.5,
 * so ON_TRACK starts at 40 and AT_RISK at 25.
 */
public class StatusRuleTest {

    private static final LocalDate DAY_50 = JAN_1.plusDays(50);
    private static final MetricDefinition M = hundredDays();

    private static Status statusAtDay50(double value) {
        return StatusRule.of(M, history(reading(1, value, DAY_50)), DAY_50);
    }

    @Test
    public void noReadingsIsNoData() {
        assertEquals(Status.NO_DATA, StatusRule.of(M, ReadingHistory.empty(), DAY_50));
    }

    @Test
    public void readingsOnlyAfterAsOfIsNoData() {
        assertEquals(Status.NO_DATA, StatusRule.of(M, history(reading(1, 50, DAY_50.plusDays(1))), DAY_50));
    }

    @Test
    public void progressExactlyExpectedMinusTenPointsIsOnTrack() {
        assertEquals(Status.ON_TRACK, statusAtDay50(40));
    }

    @Test
    public void progressJustBelowOnTrackToleranceIsAtRisk() {
        assertEquals(Status.AT_RISK, statusAtDay50(39.999));
    }

    @Test
    public void progressExactlyExpectedMinusTwentyFivePointsIsAtRisk() {
        assertEquals(Status.AT_RISK, statusAtDay50(25));
    }

    @Test
    public void progressJustBelowAtRiskToleranceIsOffTrack() {
        assertEquals(Status.OFF_TRACK, statusAtDay50(24.999));
    }

    @Test
    public void boundaryHoldsWhenFloatingPointLandsAnUlpShort() {
        // day 40 of 100: expected 0.4, and 0.4 − 0.10 is 0.30000000000000004 in doubles, while value 30
        // gives progress 0.3 — exactly on the boundary in decimal, so it must be ON_TRACK
        LocalDate day40 = JAN_1.plusDays(40);

        assertEquals(Status.ON_TRACK, StatusRule.of(M, history(reading(1, 30, day40)), day40));
    }

    @Test
    public void atRiskBoundaryHoldsWhenFloatingPointLandsAnUlpShort() {
        // day 40 of 100: 0.4 − 0.25 is 0.15000000000000002 in doubles; value 15 gives progress 0.15
        LocalDate day40 = JAN_1.plusDays(40);

        assertEquals(Status.AT_RISK, StatusRule.of(M, history(reading(1, 15, day40)), day40));
    }

    @Test
    public void progressAheadOfExpectedIsOnTrack() {
        assertEquals(Status.ON_TRACK, statusAtDay50(80));
    }

    @Test
    public void reachingTargetIsAchieved() {
        assertEquals(Status.ACHIEVED, statusAtDay50(100));
    }

    @Test
    public void overshootIsAchieved() {
        assertEquals(Status.ACHIEVED, statusAtDay50(130));
    }

    @Test
    public void achievedWinsOverMissedAfterTargetDate() {
        LocalDate late = JAN_1.plusDays(120);

        assertEquals(Status.ACHIEVED, StatusRule.of(M, history(reading(1, 100, late)), late));
    }

    @Test
    public void afterTargetDateWithoutReachingTargetIsMissed() {
        LocalDate dayAfter = JAN_1.plusDays(101);

        assertEquals(Status.MISSED, StatusRule.of(M, history(reading(1, 99, JAN_1.plusDays(90))), dayAfter));
    }

    @Test
    public void onTargetDateItselfIsNotYetMissed() {
        LocalDate targetDate = JAN_1.plusDays(100);

        assertEquals(Status.ON_TRACK, StatusRule.of(M, history(reading(1, 95, targetDate)), targetDate));
        assertEquals(Status.AT_RISK, StatusRule.of(M, history(reading(1, 80, targetDate)), targetDate));
    }

    @Test
    public void beforeStartDateExpectedIsZeroSoAnyNonNegativeProgressIsOnTrack() {
        LocalDate before = JAN_1.minusDays(10);

        assertEquals(Status.ON_TRACK, StatusRule.of(M, history(reading(1, 0, before)), before));
        assertEquals(Status.OFF_TRACK, StatusRule.of(M, history(reading(1, -30, before)), before));
    }

    @Test
    public void decreasingMetricOnTrackAsItFalls() {
        MetricDefinition churn = outcome(8, 4, JAN_1, JAN_1.plusDays(100));

        assertEquals(Status.ON_TRACK, StatusRule.of(churn, history(reading(1, 6.4, DAY_50)), DAY_50));
        assertEquals(Status.AT_RISK, StatusRule.of(churn, history(reading(1, 7, DAY_50)), DAY_50));
        assertEquals(Status.OFF_TRACK, StatusRule.of(churn, history(reading(1, 9, DAY_50)), DAY_50));
        assertEquals(Status.ACHIEVED, StatusRule.of(churn, history(reading(1, 3.9, DAY_50)), DAY_50));
    }

    @Test
    public void supersededReadingDoesNotDecideStatus() {
        ReadingHistory h = history(reading(1, 100, DAY_50), correction(2, 1, 45, DAY_50));

        assertEquals(Status.ON_TRACK, StatusRule.of(M, h, DAY_50));
    }

    @Test
    public void guardrailAtMostIsOnTrackUpToAndIncludingThreshold() {
        MetricDefinition tickets = guardrail(5, GuardrailComparator.AT_MOST);

        assertEquals(Status.ON_TRACK, StatusRule.of(tickets, history(reading(1, 5, DAY_50)), DAY_50));
        assertEquals(Status.OFF_TRACK, StatusRule.of(tickets, history(reading(1, 5.01, DAY_50)), DAY_50));
    }

    @Test
    public void guardrailAtLeastIsOnTrackFromThresholdUp() {
        MetricDefinition csat = guardrail(80, GuardrailComparator.AT_LEAST);

        assertEquals(Status.ON_TRACK, StatusRule.of(csat, history(reading(1, 80, DAY_50)), DAY_50));
        assertEquals(Status.OFF_TRACK, StatusRule.of(csat, history(reading(1, 79.9, DAY_50)), DAY_50));
    }

    @Test
    public void guardrailWithoutReadingsIsNoData() {
        assertEquals(Status.NO_DATA, StatusRule.of(guardrail(5, GuardrailComparator.AT_MOST),
                ReadingHistory.empty(), DAY_50));
    }
}
