package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.guardrail;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.hundredDays;
import static com.outcomes.domain.DomainFixtures.outcome;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

public class RateCheckTest {

    private static final MetricDefinition M = hundredDays();

    @Test
    public void requiredRateIsRemainingDistancePerThirtyDaysLeft() {
        // at day 40 the value is 40: 60 to go in 60 days → 30 per 30 days
        ReadingHistory h = history(reading(1, 40, JAN_1.plusDays(40)));

        assertEquals(30, RateCheck.requiredRatePer30Days(M, h, JAN_1.plusDays(40)), 1e-9);
    }

    @Test
    public void requiredRateStartsFromBaselineWithoutReadings() {
        // 100 to go in 100 days → 30 per 30 days
        assertEquals(30, RateCheck.requiredRatePer30Days(M, ReadingHistory.empty(), JAN_1), 1e-9);
    }

    @Test
    public void requiredRateIsNegativeForAFallingTarget() {
        MetricDefinition churn = outcome(8, 4, JAN_1, JAN_1.plusDays(120));

        assertEquals(-1, RateCheck.requiredRatePer30Days(churn, ReadingHistory.empty(), JAN_1), 1e-9);
    }

    @Test
    public void requiredRateIsUndefinedOnOrAfterTargetDate() {
        assertNull(RateCheck.requiredRatePer30Days(M, ReadingHistory.empty(), JAN_1.plusDays(100)));
        assertNull(RateCheck.requiredRatePer30Days(M, ReadingHistory.empty(), JAN_1.plusDays(130)));
    }

    @Test
    public void requiredRateIsUndefinedForGuardrails() {
        assertNull(RateCheck.requiredRatePer30Days(guardrail(5, GuardrailComparator.AT_MOST),
                ReadingHistory.empty(), JAN_1));
    }

    @Test
    public void bestHistoricalRateIsLargestMagnitudeBetweenConsecutiveDates() {
        // +3 in 10 days (9/30d), −6 in 15 days (−12/30d), +2 in 30 days (2/30d)
        ReadingHistory h = history(reading(1, 10, JAN_1), reading(2, 13, JAN_1.plusDays(10)),
                reading(3, 7, JAN_1.plusDays(25)), reading(4, 9, JAN_1.plusDays(55)));

        assertEquals(-12, RateCheck.bestHistoricalRatePer30Days(h), 1e-9);
    }

    @Test
    public void bestHistoricalRateTowardsTargetFollowsItsDirection() {
        ReadingHistory h = history(reading(1, 10, JAN_1), reading(2, 13, JAN_1.plusDays(10)),
                reading(3, 7, JAN_1.plusDays(25)), reading(4, 9, JAN_1.plusDays(55)));
        MetricDefinition falling = outcome(10, 0, JAN_1, JAN_1.plusDays(100));

        assertEquals(9, RateCheck.bestHistoricalRatePer30Days(M, h), 1e-9);
        assertEquals(-12, RateCheck.bestHistoricalRatePer30Days(falling, h), 1e-9);
    }

    @Test
    public void sameDayReadingsCollapseToTheLatestRecorded() {
        // two readings on day 0 (10, then 12 recorded later), 18 on day 30: rate 6, not 8
        ReadingHistory h = history(DomainFixtures.recordedAt(1, 10, JAN_1, 8),
                DomainFixtures.recordedAt(2, 12, JAN_1, 16), reading(3, 18, JAN_1.plusDays(30)));

        assertEquals(6, RateCheck.bestHistoricalRatePer30Days(h), 1e-9);
    }

    @Test
    public void historicalRateIgnoresSupersededReadings() {
        ReadingHistory h = history(reading(1, 10, JAN_1), reading(2, 100, JAN_1.plusDays(30)),
                correction(3, 2, 13, JAN_1.plusDays(30)));

        assertEquals(3, RateCheck.bestHistoricalRatePer30Days(h), 1e-9);
    }

    @Test
    public void historicalRateNeedsTwoDistinctDates() {
        assertNull(RateCheck.bestHistoricalRatePer30Days(history(reading(1, 10, JAN_1))));
        assertNull(RateCheck.bestHistoricalRatePer30Days(history(reading(1, 10, JAN_1), reading(2, 12, JAN_1))));
    }

    @Test
    public void requiredExactlyThreeTimesBestIsGrounded() {
        // history: +10 in 30 days (10/30d); at day 30 value 10, 90 to go in 90 days... needs 30/30d = 3× best
        MetricDefinition m = outcome(0, 100, JAN_1, JAN_1.plusDays(120));
        ReadingHistory h = history(reading(1, 0, JAN_1), reading(2, 10, JAN_1.plusDays(30)));

        assertFalse(RateCheck.notGroundedInHistory(m, h, JAN_1.plusDays(30)));
    }

    @Test
    public void requiredMoreThanThreeTimesBestIsNotGrounded() {
        // best 10/30d; at day 30 value 10, 90 to go in 60 days → 45/30d = 4.5× best
        ReadingHistory h = history(reading(1, 0, JAN_1), reading(2, 10, JAN_1.plusDays(30)));

        assertTrue(RateCheck.notGroundedInHistory(M, h, JAN_1.plusDays(30)));
    }

    @Test
    public void historyThatNeverMovedTowardsTargetIsNotGrounded() {
        ReadingHistory h = history(reading(1, 10, JAN_1), reading(2, 5, JAN_1.plusDays(30)));

        assertTrue(RateCheck.notGroundedInHistory(M, h, JAN_1.plusDays(30)));
    }

    @Test
    public void decreasingTargetIsJudgedInItsDirection() {
        // churn 8 → 4 over 120 days; history fell 1 point in 30 days; at day 30 value 7: 3 to go in 90 days
        MetricDefinition churn = outcome(8, 4, JAN_1, JAN_1.plusDays(120));
        ReadingHistory h = history(reading(1, 8, JAN_1), reading(2, 7, JAN_1.plusDays(30)));

        assertFalse(RateCheck.notGroundedInHistory(churn, h, JAN_1.plusDays(30)));
        assertTrue(RateCheck.notGroundedInHistory(churn, h, JAN_1.plusDays(110)));
    }

    @Test
    public void alreadyAchievedIsNotFlagged() {
        ReadingHistory h = history(reading(1, 0, JAN_1), reading(2, 100, JAN_1.plusDays(30)));

        assertFalse(RateCheck.notGroundedInHistory(M, h, JAN_1.plusDays(30)));
    }

    @Test
    public void tooLittleHistoryIsNotFlagged() {
        assertFalse(RateCheck.notGroundedInHistory(M, history(reading(1, 0, JAN_1)), JAN_1.plusDays(90)));
        assertFalse(RateCheck.notGroundedInHistory(M, ReadingHistory.empty(), JAN_1));
    }

    @Test
    public void readingsAfterAsOfAreNotHistoryYet() {
        ReadingHistory h = history(reading(1, 0, JAN_1), reading(2, 10, JAN_1.plusDays(30)),
                reading(3, 60, JAN_1.plusDays(40)));
        LocalDate day30 = JAN_1.plusDays(30);

        assertTrue(RateCheck.notGroundedInHistory(M, h, day30));
    }
}
