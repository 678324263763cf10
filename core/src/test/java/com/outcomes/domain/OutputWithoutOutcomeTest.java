package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.guardrail;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.hundredDays;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

/** Window 2026-02-02 .. 2026-03-01 on the 0 → 100 metric (progress = value / 100). */
public class OutputWithoutOutcomeTest {

    private static final MetricDefinition M = hundredDays();
    private static final LocalDate WINDOW_START = LocalDate.of(2026, 2, 2);
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    private static ReadingHistory moved(double from, double to) {
        return history(reading(1, from, WINDOW_START.minusDays(3)), reading(2, to, AS_OF.minusDays(2)));
    }

    @Test
    public void tenDoneAndFlatOutcomeFires() {
        assertTrue(OutputWithoutOutcome.fires(M, moved(20, 20), 10, WINDOW_START, AS_OF));
    }

    @Test
    public void nineDoneDoesNotFire() {
        assertFalse(OutputWithoutOutcome.fires(M, moved(20, 20), 9, WINDOW_START, AS_OF));
    }

    @Test
    public void movementJustUnderFivePointsFires() {
        assertTrue(OutputWithoutOutcome.fires(M, moved(20, 24.9), 10, WINDOW_START, AS_OF));
    }

    @Test
    public void movementOfExactlyFivePointsDoesNotFire() {
        // 0.15 − 0.10 is 0.04999999999999999 in doubles: exactly 0.05 in decimal must not fire
        assertFalse(OutputWithoutOutcome.fires(M, moved(10, 15), 10, WINDOW_START, AS_OF));
        assertFalse(OutputWithoutOutcome.fires(M, moved(20, 25), 10, WINDOW_START, AS_OF));
    }

    @Test
    public void movingBackwardsCountsAsMovement() {
        assertFalse(OutputWithoutOutcome.fires(M, moved(30, 20), 50, WINDOW_START, AS_OF));
        assertTrue(OutputWithoutOutcome.fires(M, moved(30, 27), 50, WINDOW_START, AS_OF));
    }

    @Test
    public void withoutAReadingBeforeTheWindowTheFirstReadingInsideItIsTheStart() {
        ReadingHistory h = history(reading(1, 20, WINDOW_START.plusDays(5)), reading(2, 22, AS_OF));

        assertTrue(OutputWithoutOutcome.fires(M, h, 10, WINDOW_START, AS_OF));
    }

    @Test
    public void readingOnTheWindowStartDayIsTheStart() {
        ReadingHistory h = history(reading(1, 0, WINDOW_START.minusDays(20)), reading(2, 20, WINDOW_START),
                reading(3, 21, AS_OF));

        assertTrue(OutputWithoutOutcome.fires(M, h, 10, WINDOW_START, AS_OF));
    }

    @Test
    public void noReadingsDoesNotFire() {
        assertFalse(OutputWithoutOutcome.fires(M, ReadingHistory.empty(), 100, WINDOW_START, AS_OF));
    }

    @Test
    public void readingsOnlyAfterAsOfDoNotFire() {
        ReadingHistory h = history(reading(1, 20, AS_OF.plusDays(1)), reading(2, 20, AS_OF.plusDays(2)));

        assertFalse(OutputWithoutOutcome.fires(M, h, 100, WINDOW_START, AS_OF));
    }

    @Test
    public void laterReadingsDoNotChangeThePastView() {
        // flat until asOf, then a jump the day after must not count
        ReadingHistory h = history(reading(1, 20, WINDOW_START.minusDays(1)), reading(2, 20, AS_OF),
                reading(3, 60, AS_OF.plusDays(1)));

        assertTrue(OutputWithoutOutcome.fires(M, h, 10, WINDOW_START, AS_OF));
    }

    @Test
    public void supersededReadingsAreIgnored() {
        // the latest looked like a big move but was corrected back to flat
        ReadingHistory h = history(reading(1, 20, WINDOW_START.minusDays(1)), reading(2, 60, AS_OF),
                correction(3, 2, 21, AS_OF));

        assertTrue(OutputWithoutOutcome.fires(M, h, 10, WINDOW_START, AS_OF));
    }

    @Test
    public void guardrailNeverFires() {
        assertFalse(OutputWithoutOutcome.fires(guardrail(5, GuardrailComparator.AT_MOST), moved(3, 3), 50,
                WINDOW_START, AS_OF));
    }

    @Test
    public void decreasingMetricUsesProgressNotRawValue() {
        // churn 8 → 4: 6.0 → 5.9 is 0.025 progress (flat), 6.0 → 5.8 is 0.05 (moved)
        MetricDefinition churn = DomainFixtures.outcome(8, 4, JAN_1, JAN_1.plusDays(200));

        assertTrue(OutputWithoutOutcome.fires(churn, moved(6.0, 5.9), 10, WINDOW_START, AS_OF));
        assertFalse(OutputWithoutOutcome.fires(churn, moved(6.0, 5.8), 10, WINDOW_START, AS_OF));
    }

    @Test
    public void checkSaysWhyTheSignalIsAbsent() {
        assertEquals(OutputWithoutOutcome.Reason.TOO_LITTLE_OUTPUT,
                OutputWithoutOutcome.check(M, moved(20, 20), 9, WINDOW_START, AS_OF).reason());
        OutputWithoutOutcome.Check moved = OutputWithoutOutcome.check(M, moved(20, 30), 40, WINDOW_START, AS_OF);
        assertEquals(OutputWithoutOutcome.Reason.OUTCOME_MOVED, moved.reason());
        assertEquals(0.10, moved.movement(), 1e-9);
        assertEquals(OutputWithoutOutcome.Reason.NO_READINGS,
                OutputWithoutOutcome.check(M, history(), 40, WINDOW_START, AS_OF).reason());
        assertEquals(OutputWithoutOutcome.Reason.FIRES,
                OutputWithoutOutcome.check(M, moved(20, 20), 10, WINDOW_START, AS_OF).reason());
    }
}
