package com.outcomes.store;

import static com.outcomes.store.Fixtures.RECORDED_AT;
import static com.outcomes.store.Fixtures.correction;
import static com.outcomes.store.Fixtures.outcome;
import static com.outcomes.store.Fixtures.reading;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.outcomes.domain.Metric;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;

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
 * has no values cached, so each getter would be one more SELECT (8 per recorded reading, 13 per defined metric).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class WriteQueryCountTest {

    private EntityManager entityManager;
    private MetricRepository metrics;
    private ReadingRepository readings;

    @Before
    public void setUp() {
        EntityManagerDatabase persistence = new EntityManagerDatabase(entityManager);
        metrics = new MetricRepository(persistence);
        readings = new ReadingRepository(persistence);
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
