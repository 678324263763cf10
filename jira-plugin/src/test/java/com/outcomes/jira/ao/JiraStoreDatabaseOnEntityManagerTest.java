package com.outcomes.jira.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ConflictException;
import com.outcomes.jira.store.JiraStoreDatabase;
import com.outcomes.jira.store.SalSqlReads;
import com.outcomes.store.CorrectionEntity;
import com.outcomes.store.MetricEntity;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.ReadingEntity;
import com.outcomes.store.ReadingRepository;
import com.outcomes.store.StoreTestDatabase;
import com.outcomes.store.Transactions;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/** The plugin's store database (Active Objects plus SAL reads) under core's repositories, on the real ORM and database. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = PluginTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class JiraStoreDatabaseOnEntityManagerTest {

    private static final Instant RECORDED_AT = Instant.parse("2026-11-02T09:00:00Z");

    private EntityManager entityManager;
    private JiraStoreDatabase database;
    private ReadingRepository readings;
    private long metricId;

    @Before
    public void setUp() {
        database = new JiraStoreDatabase(new EntityManagerActiveObjects(entityManager),
                new SalSqlReads(JiraLikeExecutors.of(entityManager)));
        readings = new ReadingRepository(database);
        metricId = new MetricRepository(database).create("OUT-4", new MetricDefinition(MetricKind.OUTCOME,
                "Market share", "%", 10.0, 20.0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7,
                null, null, null, null)).id();
    }

    @Test
    public void readingsWrittenInOneBatchAreReadBackWholeAndAsSeries() {
        // given
        List<Reading> stored = readings.appendAll(metricId, List.of(
                new NewReading(12.5, LocalDate.of(2026, 2, 1), "first survey", "survey.csv", null),
                new NewReading(13.0, LocalDate.of(2026, 3, 1), null, null, null)), "alice", RECORDED_AT);

        // when
        List<Reading> history = readings.history(metricId);
        Map<Long, List<ReadingPoint>> series = readings.seriesOf(List.of(metricId));

        // then
        assertEquals(stored, history);
        assertEquals("first survey", history.get(0).note());
        assertEquals(List.of(12.5, 13.0), series.get(metricId).stream().map(ReadingPoint::value).toList());
        assertEquals(List.of(stored.get(0).id(), stored.get(1).id()),
                series.get(metricId).stream().map(ReadingPoint::id).toList());
    }

    @Test
    public void aReadingIsCorrectedOnceAndTheSecondCorrectionIsAConflict() {
        // given
        Reading wrong = readings.append(metricId, new NewReading(99, LocalDate.of(2026, 2, 1), null, null, null),
                "alice", RECORDED_AT);
        Reading fixed = readings.append(metricId, new NewReading(9.9, LocalDate.of(2026, 2, 1), "typo", null, wrong.id()),
                "bob", RECORDED_AT.plusSeconds(60));

        // when
        NewReading again = new NewReading(9.8, LocalDate.of(2026, 2, 1), null, null, wrong.id());
        assertThrows(ConflictException.class, () -> readings.append(metricId, again, "carol", RECORDED_AT));

        // then the history keeps both, and nothing of the refused correction
        assertEquals(List.of(wrong, fixed), readings.history(metricId));
        assertEquals(2, database.count(ReadingEntity.class, Query.select()));
        assertEquals(1, database.count(CorrectionEntity.class, Query.select()));
    }

    @Test
    public void anUnknownSupersededReadingIsRejectedNamingTheField() {
        // given
        List<NewReading> batch = List.of(new NewReading(12.5, LocalDate.of(2026, 2, 1), null, null, null),
                new NewReading(13.0, LocalDate.of(2026, 3, 1), null, null, 999_999L));

        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> readings.appendAll(metricId, batch, "alice", RECORDED_AT));

        // then
        assertEquals("supersedes", e.errors().get(0).field());
        assertEquals(0, database.count(ReadingEntity.class, Query.select()));
    }

    @Test
    @NonTransactional
    public void aTransactionTheDatabaseAbortsAsTransientIsRunAgainByTheStore() {
        // given work that Jira's Active Objects reports aborted by a deadlock the first time
        Transactions transactions = new Transactions(database);
        AtomicInteger attempts = new AtomicInteger();

        // when
        transactions.run(() -> {
            database.create(MetricEntity.class, new DBParam(MetricEntity.ISSUE_KEY, "RETRY-J"),
                    new DBParam(MetricEntity.KIND, "OUTCOME"), new DBParam(MetricEntity.NAME, "m"),
                    new DBParam(MetricEntity.CADENCE_DAYS, 7));
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("Active Objects failed", new SQLException("deadlock", "40P01"));
            }
            return null;
        });

        // then the store ran it again, and only the second attempt's row is kept
        assertEquals(2, attempts.get());
        assertEquals(1, database.count(MetricEntity.class,
                Query.select().where(MetricEntity.ISSUE_KEY + " = ?", "RETRY-J")));
    }
}
