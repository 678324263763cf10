package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.outcome;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;

import org.junit.Test;

public class ProgressTest {

    @Test
    public void progressIsShareOfTheWayFromBaselineToTarget() {
        MetricDefinition setup = outcome(45, 65, JAN_1, JAN_1.plusDays(90));

        assertEquals(0.5, Progress.of(setup, 55), 1e-12);
    }

    @Test
    public void decreasingMetricProgressesAsItFalls() {
        MetricDefinition churn = outcome(8, 4, JAN_1, JAN_1.plusDays(90));

        assertEquals(0.5, Progress.of(churn, 6), 1e-12);
        assertEquals(1.0, Progress.of(churn, 4), 1e-12);
        assertEquals(-0.25, Progress.of(churn, 9), 1e-12);
    }

    @Test
    public void overshootIsNotClamped() {
        MetricDefinition csat = outcome(75, 90, JAN_1, JAN_1.plusDays(90));

        assertEquals(1.2, Progress.of(csat, 93), 1e-12);
    }

    @Test
    public void goingTheWrongWayIsNegative() {
        MetricDefinition share = outcome(10, 20, JAN_1, JAN_1.plusDays(90));

        assertEquals(-0.5, Progress.of(share, 5), 1e-12);
    }

    @Test(expected = IllegalArgumentException.class)
    public void guardrailHasNoProgress() {
        Progress.of(DomainFixtures.guardrail(5, GuardrailComparator.AT_MOST), 3);
    }

    @Test
    public void expectedIsShareOfDaysElapsed() {
        MetricDefinition m = outcome(0, 1, JAN_1, JAN_1.plusDays(100));

        assertEquals(0.25, Progress.expected(m, JAN_1.plusDays(25)), 1e-12);
    }

    @Test
    public void expectedIsZeroOnAndBeforeStartDate() {
        MetricDefinition m = outcome(0, 1, JAN_1, JAN_1.plusDays(100));

        assertEquals(0.0, Progress.expected(m, JAN_1), 0);
        assertEquals(0.0, Progress.expected(m, JAN_1.minusDays(30)), 0);
    }

    @Test
    public void expectedIsOneOnAndAfterTargetDate() {
        MetricDefinition m = outcome(0, 1, JAN_1, JAN_1.plusDays(100));

        assertEquals(1.0, Progress.expected(m, JAN_1.plusDays(100)), 0);
        assertEquals(1.0, Progress.expected(m, JAN_1.plusDays(400)), 0);
    }

    @Test
    public void expectedCountsFebruary29InALeapYear() {
        // 2028-02-01 .. 2028-03-02 is 30 days because of Feb 29; 2028-03-01 is day 29
        MetricDefinition leap = outcome(0, 1, LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 2));

        assertEquals(29.0 / 30, Progress.expected(leap, LocalDate.of(2028, 3, 1)), 1e-12);
        assertEquals(28.0 / 30, Progress.expected(leap, LocalDate.of(2028, 2, 29)), 1e-12);
    }

    @Test
    public void expectedInANonLeapYearHasNoFebruary29() {
        // 2027-02-01 .. 2027-03-02 is 29 days
        MetricDefinition m = outcome(0, 1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 2));

        assertEquals(28.0 / 29, Progress.expected(m, LocalDate.of(2027, 3, 1)), 1e-12);
    }

    @Test(expected = IllegalArgumentException.class)
    public void expectedNeedsDates() {
        Progress.expected(DomainFixtures.guardrail(5, GuardrailComparator.AT_MOST), JAN_1);
    }

    @Test
    public void progressOnADayUsesLatestReadingOnOrBeforeIt() {
        MetricDefinition m = DomainFixtures.hundredDays();
        ReadingHistory h = history(reading(1, 10, JAN_1.plusDays(5)), reading(2, 30, JAN_1.plusDays(20)));

        assertEquals(0.1, Progress.on(m, h, JAN_1.plusDays(19)), 1e-12);
        assertEquals(0.3, Progress.on(m, h, JAN_1.plusDays(20)), 1e-12);
        assertNull(Progress.on(m, h, JAN_1));
    }

    @Test
    public void directionFollowsTheTarget() {
        assertEquals(1, Progress.direction(outcome(1, 2, JAN_1, JAN_1.plusDays(1))));
        assertEquals(-1, Progress.direction(outcome(8, 4, JAN_1, JAN_1.plusDays(1))));
        assertEquals(0, Progress.direction(DomainFixtures.guardrail(5, GuardrailComparator.AT_MOST)));
    }
}
