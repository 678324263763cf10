package com.outcomes.store;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.domain.RiceScore;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.EmptyDatabase;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.slf4j.LoggerFactory;

/**
 * The outcome lifecycle's new table (issue 17) needs no upgrade task: Active Objects' migrate at start-up adds it to a
 * store of the previous schema and leaves every existing row as it was.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(EmptyDatabase.class)
public class ClosureTableMigrationTest {

    private EntityManager entityManager;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(ClosureTableMigrationTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Test
    @NonTransactional
    public void startUpAddsTheClosureTableAndKeepsEveryExistingRow() throws Exception {
        // given a store of the schema before the lifecycle, with a metric, a reading and a RICE rating in it
        // (with the write stamps' table: this build's repositories write the old rows, and stamp each write)
        entityManager.migrate(MetricEntity.class, ReadingEntity.class, CorrectionEntity.class, EpicRiceEntity.class,
                WriteStampEntity.class);
        EntityManagerDatabase persistence = new EntityManagerDatabase(entityManager);
        MetricRepository metrics = new MetricRepository(persistence);
        long metricId = metrics.create("OUT-1", Fixtures.outcome("CSAT")).id();
        new ReadingRepository(persistence).appendAll(metricId, List.of(Fixtures.reading(81, "2026-11-01")), "admin",
                Fixtures.RECORDED_AT);
        RiceScore rice = new RiceScore(100, 2, 0.5, 3);
        new RiceRepository(persistence).put("OUT-1", "EPIC-1", rice);

        // when the next build starts
        persistence.migrate();

        // then the old rows are intact and outcomes can be closed
        assertEquals("CSAT", metrics.byIssue("OUT-1").get(0).definition().name());
        assertEquals(81, new ReadingRepository(persistence).history(metricId).get(0).value(), 0);
        assertEquals(rice, new RiceRepository(persistence).forOutcome("OUT-1").get("EPIC-1"));
        ClosureRepository closures = new ClosureRepository(persistence);
        Closure closure = new Closure("OUT-1", OutcomeResult.MISSED, "learned", LocalDate.of(2026, 11, 20), "admin",
                0.4);
        closures.close(closure, Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(closure, closures.current("OUT-1").orElseThrow());
    }
}
