package com.outcomes.store;

import static com.outcomes.store.Fixtures.RECORDED_AT;
import static com.outcomes.store.Fixtures.correction;
import static com.outcomes.store.Fixtures.outcome;
import static com.outcomes.store.Fixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ConflictException;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.slf4j.LoggerFactory;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class ReadingRepositoryTest {

    private EntityManager entityManager;
    private ReadingRepository readings;
    private long metricId;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(ReadingRepositoryTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        EntityManagerDatabase persistence = new EntityManagerDatabase(entityManager);
        readings = new ReadingRepository(persistence);
        metricId = new MetricRepository(persistence).create("MKT-1", outcome("Market share")).id();
    }

    @Test
    public void everyFieldRoundTripsExactly() {
        // given a value that is not exact in decimal, a leap day and a long note with non-ASCII text
        String note = "Umfrage \u00e4\u00f6\u00fc \u2013 \u6e2c\u5b9a ".repeat(80).substring(0, ReadingEntity.NOTE_LENGTH);
        NewReading submitted = new NewReading(0.1 + 0.2, LocalDate.of(2024, 2, 29), note, "survey.csv", null);

        // when
        Reading stored = readings.append(metricId, submitted, "alice", RECORDED_AT);
        Reading found = readings.find(stored.id()).orElseThrow();

        // then
        Reading expected = new Reading(stored.id(), metricId, 0.1 + 0.2, LocalDate.of(2024, 2, 29), RECORDED_AT,
                "alice", note, "survey.csv", null);
        assertEquals(expected, stored);
        assertEquals(expected, found);
    }

    @Test
    public void absentNoteAndSourceComeBackAsNull() {
        Reading stored = readings.append(metricId, reading(12.5, "2025-01-31"), "bob", RECORDED_AT);

        Reading found = readings.find(stored.id()).orElseThrow();

        assertEquals(null, found.note());
        assertEquals(null, found.source());
        assertEquals(null, found.supersedes());
    }

    @Test
    public void aNoteLongerThanTheLimitIsRejectedAndNothingIsStored() {
        NewReading tooLong = new NewReading(1, LocalDate.of(2025, 1, 1), "x".repeat(ReadingEntity.NOTE_LENGTH + 1),
                null, null);

        ValidationException e = assertThrows(ValidationException.class,
                () -> readings.append(metricId, tooLong, "alice", RECORDED_AT));

        assertEquals("note", e.errors().get(0).field());
        assertTrue(readings.history(metricId).isEmpty());
    }

    @Test
    public void historyIsOldestFirstByMeasuredDateThenRecordedAt() {
        // given readings recorded out of date order
        Reading march = readings.append(metricId, reading(3, "2025-03-01"), "a", RECORDED_AT);
        Reading januaryLate = readings.append(metricId, reading(2, "2025-01-01"), "a", RECORDED_AT.plusSeconds(60));
        Reading januaryEarly = readings.append(metricId, reading(1, "2025-01-01"), "a", RECORDED_AT);
        Reading december = readings.append(metricId, reading(0, "2024-12-31"), "a", RECORDED_AT);

        // when
        List<Reading> history = readings.history(metricId);

        // then
        assertEquals(List.of(december, januaryEarly, januaryLate, march), history);
    }

    @Test
    public void historiesOfThreeMetricsGroupsReadingsAndKeepsMetricsWithoutReadings() {
        // given
        MetricRepository metrics = new MetricRepository(new EntityManagerDatabase(entityManager));
        long second = metrics.create("MKT-2", outcome("b")).id();
        long empty = metrics.create("MKT-3", outcome("c")).id();
        Reading a2 = readings.append(metricId, reading(2, "2025-02-01"), "a", RECORDED_AT);
        Reading b1 = readings.append(second, reading(10, "2025-01-01"), "a", RECORDED_AT);
        Reading a1 = readings.append(metricId, reading(1, "2025-01-01"), "a", RECORDED_AT);

        // when
        Map<Long, List<Reading>> histories = readings.historiesOf(List.of(metricId, second, empty));

        // then
        assertEquals(Map.of(metricId, List.of(a1, a2), second, List.of(b1), empty, List.of()), histories);
    }

    @Test
    public void seriesOfReadsWhatTheRulesNeed() {
        // given a reading with a note and source, and a correction of it
        Reading wrong = readings.append(metricId, new NewReading(99, LocalDate.of(2024, 2, 29), "typo", "survey.csv", null),
                "alice", RECORDED_AT);
        Reading fixed = readings.append(metricId, correction(9.9, "2024-02-29", wrong.id()), "bob",
                RECORDED_AT.plusSeconds(5));

        // when
        List<ReadingPoint> series = readings.seriesOf(List.of(metricId)).get(metricId);

        // then
        assertEquals(List.of(
                new ReadingPoint(wrong.id(), metricId, 99, LocalDate.of(2024, 2, 29), wrong.recordedAt(), null),
                new ReadingPoint(fixed.id(), metricId, 9.9, LocalDate.of(2024, 2, 29), fixed.recordedAt(), wrong.id())),
                series);
    }

    @Test
    public void seriesOfReadsInPlainSqlWhatActiveObjectsEntitiesHold() throws Exception {
        // given three metrics: corrections, an inexact value and a leap day; one reading; none
        MetricRepository metrics = new MetricRepository(new EntityManagerDatabase(entityManager));
        long second = metrics.create("MKT-2", outcome("b")).id();
        long empty = metrics.create("MKT-3", outcome("c")).id();
        Reading wrong = readings.append(metricId, reading(0.1 + 0.2, "2024-02-29"), "a", RECORDED_AT);
        readings.append(metricId, correction(-7.25, "2024-02-29", wrong.id()), "a", RECORDED_AT.plusSeconds(1));
        readings.append(metricId, reading(1e12, "1970-01-01"), "a", RECORDED_AT);
        readings.append(second, reading(10, "2025-01-01"), "a", RECORDED_AT);
        List<Long> ids = List.of(metricId, second, empty);

        // when
        Map<Long, List<ReadingPoint>> overSql = readings.seriesOf(ids);

        // then each metric's series is what Active Objects' own entities hold, oldest first
        for (Long id : ids) {
            List<ReadingPoint> overEntities = new ArrayList<>();
            entityManager.flushAll();
            for (ReadingEntity e : entityManager.find(ReadingEntity.class,
                    net.java.ao.Query.select().where(ReadingEntity.METRIC_ID + " = ?", id))) {
                overEntities.add(ReadingRepository.toReading(e).point());
            }
            overEntities.sort(Comparator.comparing(ReadingPoint::measuredAt).thenComparing(ReadingPoint::recordedAt)
                    .thenComparingLong(ReadingPoint::id));
            assertEquals(overEntities, overSql.get(id));
        }
        assertEquals(List.of(3, 1, 0), ids.stream().map(id -> overSql.get(id).size()).toList());
    }

    @Test
    public void aCorrectionKeepsTheSupersededReading() {
        // given
        Reading wrong = readings.append(metricId, reading(99, "2025-01-01"), "alice", RECORDED_AT);

        // when
        Reading fixed = readings.append(metricId, correction(9.9, "2025-01-01", wrong.id()), "bob",
                RECORDED_AT.plusSeconds(5));

        // then
        assertEquals(Long.valueOf(wrong.id()), fixed.supersedes());
        assertEquals(List.of(wrong, fixed), readings.history(metricId));
    }

    @Test
    public void correctingAnAlreadyCorrectedReadingIsAConflict() {
        // given
        Reading wrong = readings.append(metricId, reading(99, "2025-01-01"), "alice", RECORDED_AT);
        Reading fixed = readings.append(metricId, correction(9.9, "2025-01-01", wrong.id()), "bob", RECORDED_AT);

        // when / then
        assertThrows(ConflictException.class,
                () -> readings.append(metricId, correction(9.8, "2025-01-01", wrong.id()), "carol", RECORDED_AT));
        assertEquals(List.of(wrong, fixed), readings.history(metricId));
    }

    @Test
    public void aCorrectionMayItselfBeCorrected() {
        Reading wrong = readings.append(metricId, reading(99, "2025-01-01"), "alice", RECORDED_AT);
        Reading fixed = readings.append(metricId, correction(9.9, "2025-01-01", wrong.id()), "bob", RECORDED_AT);

        Reading refixed = readings.append(metricId, correction(9.8, "2025-01-01", fixed.id()), "carol", RECORDED_AT);

        assertEquals(Long.valueOf(fixed.id()), refixed.supersedes());
    }

    @Test
    public void supersedingAReadingOfAnotherMetricIsRejectedAndNothingIsStored() {
        // given
        long other = new MetricRepository(new EntityManagerDatabase(entityManager)).create("X-1", outcome("x")).id();
        Reading foreign = readings.append(other, reading(1, "2025-01-01"), "alice", RECORDED_AT);

        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> readings.append(metricId, correction(2, "2025-01-01", foreign.id()), "bob", RECORDED_AT));

        // then
        assertEquals("supersedes", e.errors().get(0).field());
        assertTrue(readings.history(metricId).isEmpty());
    }

    @Test
    public void supersedingAnUnknownReadingIsRejected() {
        assertThrows(ValidationException.class,
                () -> readings.append(metricId, correction(2, "2025-01-01", 987654L), "bob", RECORDED_AT));
    }

    @Test
    public void appendAllReturnsTheStoredReadingsInTheOrderGiven() {
        // given
        List<NewReading> batch = List.of(reading(3, "2025-03-01"), reading(1, "2025-01-01"),
                new NewReading(2, LocalDate.of(2025, 2, 1), "import", "sheet", null));

        // when
        List<Reading> stored = readings.appendAll(metricId, batch, "importer", RECORDED_AT);

        // then
        assertEquals(3, stored.size());
        for (int i = 0; i < batch.size(); i++) {
            NewReading given = batch.get(i);
            Reading saved = stored.get(i);
            assertEquals(new Reading(saved.id(), metricId, given.value(), given.measuredAt(), RECORDED_AT, "importer",
                    given.note(), given.source(), null), saved);
        }
        assertEquals(List.of(stored.get(1), stored.get(2), stored.get(0)), readings.history(metricId));
    }

    @Test
    public void appendAllMayCorrectEarlierReadings() {
        Reading wrong = readings.append(metricId, reading(99, "2025-01-01"), "alice", RECORDED_AT);

        List<Reading> stored = readings.appendAll(metricId,
                List.of(correction(9.9, "2025-01-01", wrong.id()), reading(10, "2025-01-02")), "bob", RECORDED_AT);

        assertEquals(Long.valueOf(wrong.id()), stored.get(0).supersedes());
    }

    @Test
    @NonTransactional
    public void appendAllStoresNothingWhenARowFailsMidway() {
        // given a batch whose 50th row breaks a column constraint (no measured date)
        List<NewReading> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(new NewReading(i, i == 49 ? null : LocalDate.of(2025, 1, 1).plusDays(i), null, null, null));
        }

        // when
        assertThrows(RuntimeException.class, () -> readings.appendAll(metricId, batch, "importer", RECORDED_AT));

        // then
        assertTrue(readings.history(metricId).isEmpty());
    }

    @Test
    @NonTransactional
    public void appendAllCorrectingTheSameReadingTwiceStoresNothing() {
        Reading wrong = readings.append(metricId, reading(99, "2025-01-01"), "alice", RECORDED_AT);

        assertThrows(ConflictException.class, () -> readings.appendAll(metricId,
                List.of(reading(5, "2025-01-05"), correction(1, "2025-01-01", wrong.id()),
                        correction(2, "2025-01-01", wrong.id())), "bob", RECORDED_AT));

        assertEquals(List.of(wrong), readings.history(metricId));
    }

    @Test
    @NonTransactional
    public void appendAllOfAnAlreadyCorrectedReadingStoresNothing() {
        Reading wrong = readings.append(metricId, reading(99, "2025-01-01"), "alice", RECORDED_AT);
        Reading fixed = readings.append(metricId, correction(9, "2025-01-01", wrong.id()), "bob", RECORDED_AT);

        assertThrows(ConflictException.class, () -> readings.appendAll(metricId,
                List.of(reading(5, "2025-01-05"), correction(1, "2025-01-01", wrong.id())), "carol", RECORDED_AT));

        assertEquals(List.of(wrong, fixed), readings.history(metricId));
    }

    @Test
    @NonTransactional
    public void appendAllStoresTwentyThousandRowsInOneCall() {
        // given
        List<NewReading> batch = new ArrayList<>();
        LocalDate start = LocalDate.of(1970, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            batch.add(reading(i * 0.5, start.plusDays(i).toString()));
        }

        // when
        List<Reading> stored = readings.appendAll(metricId, batch, "importer", Instant.EPOCH);

        // then
        assertEquals(20_000, stored.size());
        assertEquals(19_999 * 0.5, stored.get(19_999).value(), 0.0);
        assertEquals(20_000, readings.history(metricId).size());
    }

    @Test
    public void findOfAnUnknownReadingIsEmpty() {
        assertFalse(readings.find(987654).isPresent());
    }
}
