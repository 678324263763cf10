package com.outcomes.store;

import static com.outcomes.store.Fixtures.RECORDED_AT;
import static com.outcomes.store.Fixtures.correction;
import static com.outcomes.store.Fixtures.outcome;
import static com.outcomes.store.Fixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.outcomes.domain.ComputeError;
import com.outcomes.domain.Metric;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.Reminder;
import com.outcomes.domain.ReminderKey;
import com.outcomes.domain.ReminderKind;
import com.outcomes.port.ReminderStore;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Writing one metric or one reading must not read the new row back column by column: a freshly created AO entity
 * has no values cached, so each getter would be one more SELECT (8 per recorded reading, 13 per defined metric). The
 * job's writes, one per computed reading or reminder, also update by key without reading first.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class WriteQueryCountTest {

    private EntityManager entityManager;
    private MetricRepository metrics;
    private ReadingRepository readings;
    private ReminderRepository reminders;
    private ComputedReadingRepository computedReadings;

    private static final LocalDate DAY = LocalDate.parse("2025-03-01");

    @Before
    public void setUp() {
        EntityManagerDatabase persistence = new EntityManagerDatabase(entityManager);
        metrics = new MetricRepository(persistence);
        readings = new ReadingRepository(persistence);
        reminders = new ReminderRepository(persistence);
        computedReadings = new ComputedReadingRepository(persistence, readings, metrics);
    }

    @Test
    public void definingAMetricSelectsNothing() {
        // when
        List<String> sql = new ArrayList<>();
        Metric created = recording(sql, () -> metrics.create("CSAT-1", outcome("CSAT")));

        // then
        assertEquals(List.of(), selects(sql));
        assertEquals(metrics.find(created.id()).orElseThrow(), created);
    }

    @Test
    public void recordingAReadingSelectsNothing() {
        // given
        long metricId = metrics.create("CSAT-1", outcome("CSAT")).id();

        // when
        List<String> sql = new ArrayList<>();
        NewReading candidate = new NewReading(81.5, java.time.LocalDate.parse("2025-03-01"), "after the survey", "form", null);
        Reading stored = recording(sql, () -> readings.append(metricId, candidate, "alice", RECORDED_AT));

        // then
        assertEquals(List.of(), selects(sql));
        assertEquals(readings.find(stored.id()).orElseThrow(), stored);
    }

    @Test
    public void aCorrectionIsReturnedAsStored() {
        // given
        long metricId = metrics.create("CSAT-1", outcome("CSAT")).id();
        Reading first = readings.append(metricId, reading(70, "2025-03-01"), "alice", RECORDED_AT);

        // when
        Reading corrected = readings.append(metricId, correction(72, "2025-03-01", first.id()), "bob", RECORDED_AT);

        // then
        assertEquals(readings.find(corrected.id()).orElseThrow(), corrected);
        assertEquals(Long.valueOf(first.id()), corrected.supersedes());
    }

    @Test
    public void settlingAReminderIsOneUpdateOfItsRow() {
        // given a claimed reminder
        long metricId = metrics.create("CSAT-1", outcome("CSAT")).id();
        ReminderStore.Claimed claimed = reminders.claim(new ReminderKey(metricId, ReminderKind.STALE, DAY), "CSAT-1",
                "alice", RECORDED_AT).orElseThrow();

        // when
        List<String> sql = new ArrayList<>();
        recording(sql, () -> {
            claimed.settle(false, "alice has no e-mail address");
            return null;
        });

        // then no read, no write stamp (no cache reads reminders): the update alone, and it is stored
        assertEquals(1, sql.size());
        assertTrue(sql.get(0), sql.get(0).strip().toUpperCase(Locale.ROOT).startsWith("UPDATE"));
        Reminder settled = reminders.list(null, metricId).get(0);
        assertFalse(settled.delivered());
        assertEquals("alice has no e-mail address", settled.error());
    }

    @Test
    public void aComputedReadingWritesTheMetricOnlyToClearAnError() {
        // given a metric that never failed, and one whose last computation failed
        long clean = metrics.create("CSAT-1", outcome("CSAT")).id();
        long failed = metrics.create("CSAT-2", outcome("CSAT")).id();
        metrics.setComputeError(failed, new ComputeError(RECORDED_AT, "per counted no issues"));

        // when each gets its computed reading
        List<String> cleanSql = new ArrayList<>();
        recording(cleanSql, () -> computedReadings.append(clean, computed(DAY), "alice", RECORDED_AT, false));
        List<String> failedSql = new ArrayList<>();
        recording(failedSql, () -> computedReadings.append(failed, computed(DAY), "alice", RECORDED_AT, true));

        // then only the second writes its metric, and its error is gone
        assertEquals(List.of(), selects(cleanSql));
        assertEquals(0, updates(cleanSql));
        assertEquals(1, updates(failedSql));
        assertNull(metrics.find(failed).orElseThrow().lastComputeError());
        assertEquals(1, readings.history(clean).size());
        assertEquals(1, readings.history(failed).size());
    }

    private static NewReading computed(LocalDate day) {
        return new NewReading(42, day, "computed", "jql", null);
    }

    private static long updates(List<String> sql) {
        return sql.stream().filter(s -> s.strip().toUpperCase(Locale.ROOT).startsWith("UPDATE")).count();
    }

    private <T> T recording(List<String> sql, Supplier<T> work) {
        entityManager.flushAll();
        DatabaseProvider.SqlListener listener = sql::add;
        entityManager.getProvider().addSqlListener(listener);
        try {
            return work.get();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
    }

    /** Reads of table rows; PostgreSQL's key look-up ({@code SELECT NEXTVAL(...)}, no FROM) is part of the insert. */
    private static List<String> selects(List<String> sql) {
        return sql.stream()
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> s.startsWith("SELECT") && s.contains(" FROM "))
                .toList();
    }
}
