package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.Test;

/** DESIGN §3b: which reminder a metric calls for on a day, and which metrics "My metrics" lists. */
public class ReminderRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    @Test
    public void nothingMoreThanTwoDaysBeforeTheDueDate() {
        assertEquals(Optional.empty(), ReminderRule.scheduled(false, DUE, DUE.minusDays(3)));
    }

    @Test
    public void dueFromTwoDaysBeforeThroughTheDueDateForAMetricMeasuredByHand() {
        assertEquals(Optional.of(ReminderKind.DUE), ReminderRule.scheduled(false, DUE, DUE.minusDays(2)));
        assertEquals(Optional.of(ReminderKind.DUE), ReminderRule.scheduled(false, DUE, DUE));
    }

    @Test
    public void aComputedMetricIsNeverRemindedAsDueTheJobMeasuresIt() {
        assertEquals(Optional.empty(), ReminderRule.scheduled(true, DUE, DUE.minusDays(1)));
        assertEquals(Optional.empty(), ReminderRule.scheduled(true, DUE, DUE));
    }

    @Test
    public void staleTheDayAfterTheDueDateComputedOrNot() {
        assertEquals(Optional.of(ReminderKind.STALE), ReminderRule.scheduled(false, DUE, DUE.plusDays(1)));
        assertEquals(Optional.of(ReminderKind.STALE), ReminderRule.scheduled(true, DUE, DUE.plusDays(30)));
    }

    @Test
    public void withoutDueDateNothingIsScheduledOrComputed() {
        assertEquals(Optional.empty(), ReminderRule.scheduled(false, null, DUE));
        assertFalse(ReminderRule.computeDue(null, DUE));
    }

    @Test
    public void computedMetricIsCountedOnceItsDueDateHasCome() {
        assertFalse(ReminderRule.computeDue(DUE, DUE.minusDays(1)));
        assertTrue(ReminderRule.computeDue(DUE, DUE));
        assertTrue(ReminderRule.computeDue(DUE, DUE.plusDays(5)));
    }

    @Test
    public void myMetricsListsThoseDueWithinSevenDaysOrStale() {
        assertTrue(ReminderRule.dueSoonOrStale(DUE, false, DUE.minusDays(7)));
        assertFalse(ReminderRule.dueSoonOrStale(DUE, false, DUE.minusDays(8)));
        assertTrue(ReminderRule.dueSoonOrStale(null, true, DUE));
        assertFalse(ReminderRule.dueSoonOrStale(null, false, DUE));
    }

    @Test
    public void daysOverdueCountsFromTheDueDateAndIsZeroBeforeIt() {
        assertEquals(0, ReminderRule.daysOverdue(DUE, DUE));
        assertEquals(0, ReminderRule.daysOverdue(DUE, DUE.minusDays(4)));
        assertEquals(12, ReminderRule.daysOverdue(DUE, DUE.plusDays(12)));
        assertEquals(0, ReminderRule.daysOverdue(null, DUE));
    }

    @Test
    public void reminderKeyIsMetricKindAndDueDate() {
        ReminderKey stale = ReminderKey.of(42, ReminderKind.STALE, DUE, DUE.plusDays(3));

        assertEquals(new ReminderKey(42, ReminderKind.STALE, DUE), stale);
        assertEquals("42/STALE/2026-11-20", stale.value());
        assertEquals("a later run for the same due date is the same reminder", stale,
                ReminderKey.of(42, ReminderKind.STALE, DUE, DUE.plusDays(9)));
    }

    @Test
    public void computeFailedIsKeyedByTheDaySoItIsSentAtMostOnceADay() {
        ReminderKey monday = ReminderKey.of(42, ReminderKind.COMPUTE_FAILED, DUE, DUE.plusDays(1));
        ReminderKey tuesday = ReminderKey.of(42, ReminderKind.COMPUTE_FAILED, DUE, DUE.plusDays(2));

        assertEquals("42/COMPUTE_FAILED/2026-11-21", monday.value());
        assertEquals(monday, ReminderKey.of(42, ReminderKind.COMPUTE_FAILED, DUE.minusDays(7), DUE.plusDays(1)));
        assertFalse(monday.equals(tuesday));
    }
}
