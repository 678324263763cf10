package com.outcomes.store.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.MetricValidator;
import com.outcomes.port.Persistence;
import com.outcomes.store.EntityManagerPersistence;
import com.outcomes.store.JiraTableNames;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.StoreTestDatabase;

import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.Preload;
import net.java.ao.Query;
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

/** Schema changes run as upgrade steps against real databases (DDL commits implicitly on MariaDB: no test transaction). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(EmptyDatabase.class)
public class SchemaUpgraderTest {

    private EntityManager entityManager;
    private Persistence persistence;

    /** Frozen copy of a table as version 1 shipped it. */
    @Preload
    @Table("UPG_NOTE")
    public interface NoteV1 extends Entity {
        String getText();

        void setText(String text);
    }

    /** The same table at version 2: a PRIORITY column was added. */
    @Preload
    @Table("UPG_NOTE")
    public interface NoteV2 extends Entity {
        String getText();

        void setText(String text);

        Integer getPriority();

        void setPriority(Integer priority);
    }

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

    /** Adds PRIORITY and gives existing rows a default, page by page. */
    static final class AddNotePriority implements UpgradeStep {
        @Override
        public int toVersion() {
            return 2;
        }

        @Override
        public void upgrade(Persistence p) {
            p.migrate(NoteV2.class);
            while (true) {
                NoteV2[] rows = p.inTransaction(() -> p.find(NoteV2.class,
                        Query.select().where("PRIORITY IS NULL").order("ID").limit(2)));
                if (rows.length == 0) {
                    return;
                }
                p.inTransaction(() -> {
                    for (NoteV2 row : rows) {
                        row.setPriority(3);
                        row.save();
                    }
                    return null;
                });
            }
        }
    }

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(SchemaUpgraderTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        persistence = new EntityManagerPersistence(entityManager);
    }

    @Test
    @NonTransactional
    public void anEmptyDatabaseIsCreatedAtTheCurrentVersion() {
        int version = new SchemaUpgrader(List.of()).upgrade(persistence);

        assertEquals(SchemaVersion.CURRENT, version);
        assertEquals(SchemaVersion.CURRENT, SchemaUpgrader.storedVersion(persistence));
    }

    @Test
    @NonTransactional
    public void anUpToDateDatabaseRunsNoStep() {
        new SchemaUpgrader(List.of(), 2).upgrade(persistence);

        new SchemaUpgrader(List.of(new FailingStep(2)), 2).upgrade(persistence);

        assertEquals(2, SchemaUpgrader.storedVersion(persistence));
    }

    @Test
    @NonTransactional
    public void aStepAddsAColumnAndKeepsExistingRows() {
        // given a store at version 1 holding rows of the old shape
        new SchemaUpgrader(List.of(), 1).upgrade(persistence);
        persistence.migrate(NoteV1.class);
        for (String text : List.of("baseline agreed", "target revised", "survey moved", "ü ∆ 測")) {
            persistence.create(NoteV1.class, new DBParam("TEXT", text));
        }

        // when the next build starts
        int version = new SchemaUpgrader(List.of(new AddNotePriority()), 2).upgrade(persistence);

        // then
        assertEquals(2, version);
        assertEquals(2, SchemaUpgrader.storedVersion(persistence));
        NoteV2[] rows = persistence.find(NoteV2.class, Query.select().order("ID"));
        assertEquals(List.of("baseline agreed", "target revised", "survey moved", "ü ∆ 測"),
                Arrays.stream(rows).map(NoteV2::getText).toList());
        assertEquals(List.of(3, 3, 3, 3), Arrays.stream(rows).map(NoteV2::getPriority).toList());
    }

    @Test
    @NonTransactional
    public void startUpWidensTheMetricNameOfAnOlderStoreSoA255EmojiNameFits() {
        // given a METRIC table as it shipped, with one metric in it
        persistence.migrate(MetricV1.class);
        persistence.create(MetricV1.class, new DBParam("ISSUE_KEY", "OUT-1"), new DBParam("KIND", "OUTCOME"),
                new DBParam("NAME", "CSAT"), new DBParam("CADENCE_DAYS", 30));
        String emojiName = "\uD83D\uDE00".repeat(MetricValidator.MAX_NAME);

        // when the next build starts
        new SchemaUpgrader(List.of()).upgrade(persistence);

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
    public void aDatabaseFromANewerBuildIsRefused() {
        new SchemaUpgrader(List.of(), 5).upgrade(persistence);

        assertThrows(IllegalStateException.class, () -> new SchemaUpgrader(List.of(), 1).upgrade(persistence));
    }

    private record FailingStep(int toVersion) implements UpgradeStep {
        @Override
        public void upgrade(Persistence p) {
            throw new AssertionError("must not run");
        }
    }
}
