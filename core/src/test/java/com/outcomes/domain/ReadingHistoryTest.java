package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.reading;
import static com.outcomes.domain.DomainFixtures.recordedAt;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class ReadingHistoryTest {

    private static final LocalDate D1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 2, 8);
    private static final LocalDate D3 = LocalDate.of(2026, 2, 15);

    private static List<Long> ids(List<ReadingPoint> readings) {
        return readings.stream().map(ReadingPoint::id).toList();
    }

    @Test
    public void allIsOldestFirstWhateverTheInputOrder() {
        ReadingHistory h = history(reading(3, 30, D3), reading(1, 10, D1), reading(2, 20, D2));

        assertEquals(List.of(1L, 2L, 3L), ids(h.all()));
    }

    @Test
    public void sameDayIsOrderedByRecordedAtThenId() {
        ReadingHistory h = history(recordedAt(5, 1, D1, 15), recordedAt(4, 1, D1, 9), recordedAt(2, 1, D1, 15));

        assertEquals(List.of(4L, 2L, 5L), ids(h.all()));
    }

    @Test
    public void inputListIsCopied() {
        List<ReadingPoint> input = new ArrayList<>(List.of(reading(1, 10, D1)));
        ReadingHistory h = new ReadingHistory(input);

        input.add(reading(2, 20, D2));

        assertEquals(1, h.all().size());
    }

    @Test
    public void correctedReadingIsSupersededButKeptInAll() {
        ReadingHistory h = history(reading(1, 10, D1), correction(2, 1, 11, D1));

        assertTrue(h.isSuperseded(1));
        assertFalse(h.isSuperseded(2));
        assertEquals(List.of(1L, 2L), ids(h.all()));
        assertEquals(List.of(2L), ids(h.effective()));
    }

    @Test
    public void correctionOfACorrectionLeavesOnlyTheLastEffective() {
        ReadingHistory h = history(reading(1, 10, D1), correction(2, 1, 11, D1), correction(3, 2, 12, D1));

        assertEquals(List.of(3L), ids(h.effective()));
        assertEquals(12, h.current().orElseThrow().value(), 0);
    }

    @Test
    public void currentIsTheLatestMeasuredAt() {
        ReadingHistory h = history(reading(2, 20, D2), reading(1, 10, D1));

        assertEquals(2L, h.current().orElseThrow().id());
    }

    @Test
    public void currentTieOnMeasuredAtGoesToLatestRecordedAt() {
        // the later-recorded reading has the lower id: recordedAt decides, not id
        ReadingHistory h = history(recordedAt(9, 90, D2, 8), recordedAt(3, 30, D2, 17));

        assertEquals(30, h.current().orElseThrow().value(), 0);
    }

    @Test
    public void currentIgnoresASupersededLatestReading() {
        ReadingHistory h = history(reading(1, 10, D1), reading(2, 99, D3), correction(3, 2, 25, D2));

        assertEquals(3L, h.current().orElseThrow().id());
    }

    @Test
    public void currentOnOrBeforeADayIncludesThatDay() {
        ReadingHistory h = history(reading(1, 10, D1), reading(2, 20, D2), reading(3, 30, D3));

        assertEquals(2L, h.current(D2).orElseThrow().id());
        assertEquals(2L, h.current(D3.minusDays(1)).orElseThrow().id());
        assertTrue(h.current(D1.minusDays(1)).isEmpty());
    }

    @Test
    public void emptyHistoryHasNoCurrent() {
        assertTrue(ReadingHistory.empty().current().isEmpty());
        assertTrue(ReadingHistory.empty().all().isEmpty());
        assertTrue(ReadingHistory.empty().isEmpty());
    }

    @Test
    public void findLocatesSupersededReadingsToo() {
        ReadingHistory h = history(reading(1, 10, D1), correction(2, 1, 11, D1));

        assertEquals(10, h.find(1).orElseThrow().value(), 0);
        assertTrue(h.find(7).isEmpty());
    }

    @Test
    public void asOfDropsReadingsMeasuredLater() {
        ReadingHistory h = history(reading(1, 10, D1), reading(2, 20, D2), reading(3, 30, D3));

        assertEquals(List.of(1L, 2L), ids(h.asOf(D2).all()));
    }

    @Test
    public void asOfKeepsSupersessionFromTheFullHistory() {
        // corrected on a later day: the wrong value must not come back in a past view
        ReadingHistory h = history(reading(1, 10, D1), correction(2, 1, 11, D3));

        ReadingHistory past = h.asOf(D2);

        assertTrue(past.isSuperseded(1));
        assertTrue(past.current().isEmpty());
    }

    @Test
    public void asOfCoveringEverythingIsTheSameHistory() {
        ReadingHistory h = history(reading(1, 10, D1));

        assertSame(h, h.asOf(D3));
    }
}
