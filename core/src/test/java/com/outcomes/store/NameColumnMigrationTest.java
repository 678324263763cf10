package com.outcomes.store;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.MetricValidator;

import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.Preload;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.EmptyDatabase;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.slf4j.LoggerFactory;

/**
 * Active Objects' non-destructive migrate at start-up (both hosts run it) brings tables of older builds to the current
 * entities, on the database the store tests run on (DDL commits implicitly on MariaDB: no test transaction).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(EmptyDatabase.class)
public class NameColumnMigrationTest {

    private EntityManager entityManager;
    private EntityManagerDatabase persistence;

    /** Frozen copy of the METRIC table before its NAME column was widened for names of 255 emoji. */
    @Preload
    @Table("METRIC")
    public interface MetricV1 extends Entity {
        @Indexed
        @NotNull
        String getIssueKey();

        void setIssueKey(String issueKey);

        @NotNull
        String getKind();

        void setKind(String kind);

        @NotNull
        String getName();

        void setName(String name);

        String getUnit();

        void setUnit(String unit);

        Double getBaseline();

        void setBaseline(Double baseline);

        Double getTarget();

        void setTarget(Double target);

        String getStartDate();

        void setStartDate(String startDate);

        String getTargetDate();

        void setTargetDate(String targetDate);

        int getCadenceDays();

        void setCadenceDays(int cadenceDays);

        Long getParentMetricId();

        void setParentMetricId(Long parentMetricId);

        @StringLength(StringLength.MAX_LENGTH)
        String getSource();

        void setSource(String source);

        Double getThreshold();

        void setThreshold(Double threshold);

        String getComparator();

        void setComparator(String comparator);
    }

    /** Frozen copy of the SCHEMA_INFO table that builds before the Active Objects upgrade-task convention wrote. */
    @Preload
    @Table("SCHEMA_INFO")
    public interface SchemaInfoV1 extends Entity {
        int getVersion();

        void setVersion(int version);
    }

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(NameColumnMigrationTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        persistence = new EntityManagerDatabase(entityManager);
    }

    @Test
    @NonTransactional
    public void startUpWidensTheMetricNameOfAnOlderStoreSoA255EmojiNameFits() throws Exception {
        // given a METRIC table as it shipped, with one metric in it
        entityManager.migrate(MetricV1.class);
        entityManager.create(MetricV1.class, new DBParam("ISSUE_KEY", "OUT-1"), new DBParam("KIND", "OUTCOME"),
                new DBParam("NAME", "CSAT"), new DBParam("CADENCE_DAYS", 30));
        String emojiName = "\uD83D\uDE00".repeat(MetricValidator.MAX_NAME);

        // when the next build starts
        persistence.migrate();

        // then the old row is intact and the longest valid name is stored whole
        MetricRepository metrics = new MetricRepository(persistence);
        assertEquals("CSAT", metrics.byIssue("OUT-1").get(0).definition().name());
        MetricDefinition definition = new MetricDefinition(MetricKind.KPI, emojiName, null, 1.0, 2.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null, null, null, null);
        long id = metrics.create("OUT-2", definition).id();
        assertEquals(emojiName, metrics.find(id).orElseThrow().definition().name());
    }

    @Test
    @NonTransactional
    public void aSchemaInfoTableFromAnOlderBuildIsLeftAloneAndTheStoreStarts() throws Exception {
        // given a store that older builds versioned in SCHEMA_INFO
        entityManager.migrate(SchemaInfoV1.class);
        entityManager.create(SchemaInfoV1.class, new DBParam("VERSION", 1));

        // when the next build starts
        persistence.migrate();

        // then the old table is still there, untouched, and the store works
        assertEquals(1, entityManager.find(SchemaInfoV1.class)[0].getVersion());
        MetricDefinition definition = new MetricDefinition(MetricKind.KPI, "CSAT", null, 1.0, 2.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null, null, null, null);
        assertEquals("CSAT", new MetricRepository(persistence).create("OUT-1", definition).definition().name());
    }

    @Test
    @NonTransactional
    public void startUpAddsTheCheckInTableToAStoreOfTheCurrentSchemaKeepingItsRows() throws Exception {
        // given a store of the schema before check-ins, with a metric, a reading and RICE in it
        // (with the write stamps' table: this build's repositories write the old rows, and stamp each write)
        entityManager.migrate(MetricEntity.class, ReadingEntity.class, CorrectionEntity.class, EpicRiceEntity.class,
                WriteStampEntity.class);
        MetricDefinition definition = new MetricDefinition(MetricKind.KPI, "CSAT", null, 1.0, 2.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null, null, null, null);
        long metricId = new MetricRepository(persistence).create("OUT-1", definition).id();
        new ReadingRepository(persistence).append(metricId,
                new com.outcomes.domain.NewReading(1.5, LocalDate.of(2026, 2, 1), null, null, null), "alice",
                java.time.Instant.parse("2026-02-01T10:00:00Z"));
        new RiceRepository(persistence).put("OUT-1", "EPIC-1", new com.outcomes.domain.RiceScore(10, 1, 0.5, 2));

        // when the build with check-ins starts
        persistence.migrate();

        // then every old row is there and check-ins can be stored
        assertEquals("CSAT", new MetricRepository(persistence).byIssue("OUT-1").get(0).definition().name());
        assertEquals(1.5, new ReadingRepository(persistence).history(metricId).get(0).value(), 0);
        assertEquals(10.0, new RiceRepository(persistence).forOutcome("OUT-1").get("EPIC-1").reach(), 0);
        CheckInRepository checkIns = new CheckInRepository(persistence);
        checkIns.append("OUT-1", new com.outcomes.domain.NewCheckIn(6, "fine"), "alice",
                java.time.Instant.parse("2026-02-02T10:00:00Z"));
        assertEquals(6, checkIns.of("OUT-1").get(0).confidence());
    }
}
