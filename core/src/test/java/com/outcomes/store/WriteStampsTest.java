package com.outcomes.store;

import static com.outcomes.store.Fixtures.RECORDED_AT;
import static com.outcomes.store.Fixtures.outcome;
import static com.outcomes.store.Fixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Set;

import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.ValidationException;
import com.outcomes.port.WriteVersion;

/** The store's write version: raised by each committed write transaction, by nothing else, never lowered. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class WriteStampsTest {

    private EntityManager entityManager;
    private EntityManagerDatabase database;
    private WriteStamps version;
    private MetricRepository metrics;
    private ReadingRepository readings;

    @Before
    public void setUp() {
        database = new EntityManagerDatabase(entityManager);
        version = new WriteStamps(database);
        metrics = new MetricRepository(database);
        readings = new ReadingRepository(database);
    }

    @Test
    @NonTransactional
    public void eachCommittedWriteRaisesTheVersionByOneAndReadsDoNot() {
        long before = version.current().total();
        long metric = metrics.create("OUT-1", outcome("CSAT")).id();
        readings.append(metric, reading(10, "2026-11-01"), "alice", RECORDED_AT);
        readings.appendAll(metric, List.of(reading(11, "2026-11-02"), reading(12, "2026-11-03")), "alice", RECORDED_AT);
        metrics.byIssues(List.of("OUT-1"));
        readings.seriesOf(List.of(metric));

        assertEquals(before + 3, version.current().total()); // the import of two readings is one transaction
    }

    @Test
    @NonTransactional
    public void aWriteRolledBackLeavesTheVersion() {
        long metric = metrics.create("OUT-1", outcome("CSAT")).id();
        long before = version.current().total();

        // a correction of a reading that does not exist fails inside its transaction
        assertThrows(ValidationException.class, () -> readings.append(metric,
                new NewReading(1, java.time.LocalDate.of(2026, 11, 1), null, null, 999_999L), "alice", RECORDED_AT));

        assertEquals(before, version.current().total());
    }

    @Test
    @NonTransactional
    public void compactingMergesTheRowsAndKeepsTheVersion() {
        long metric = metrics.create("OUT-1", outcome("CSAT")).id();
        for (int i = 1; i <= 5; i++) {
            readings.append(metric, reading(i, "2026-11-0" + i), "alice", RECORDED_AT);
        }
        long before = version.current().total();

        WriteStamps.compact(database);

        assertEquals(before, version.current().total());
        // one row per bucket written to: the metric's readings, and the others (the metric's definition)
        assertEquals(2, database.count(WriteStampEntity.class, Query.select()));
        readings.append(metric, reading(9, "2026-11-09"), "alice", RECORDED_AT);
        assertEquals(before + 1, version.current().total());
    }

    @Test
    @NonTransactional
    public void readingsRaiseTheirMetricsBucketAndEveryOtherWriteTheOthers() {
        WriteVersion start = version.current();
        long metric = metrics.create("OUT-1", outcome("CSAT")).id();
        WriteVersion defined = version.current();
        readings.append(metric, reading(10, "2026-11-01"), "alice", RECORDED_AT);
        WriteVersion recorded = version.current();

        assertEquals(start.others() + 1, defined.others());
        assertEquals(Set.of(), defined.bucketsChangedSince(start));
        assertEquals(defined.others(), recorded.others());
        assertEquals(Set.of(WriteVersion.bucketOf(metric)), recorded.bucketsChangedSince(defined));
    }

    @Test
    @NonTransactional
    public void aStoreNeverWrittenToIsAtVersionZero() {
        assertEquals(0, version.current().total());
    }
}
