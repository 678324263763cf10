package com.outcomes.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.outcomes.domain.Metric;
import com.outcomes.domain.Reading;

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
 * The DESIGN §3b migration on a store written by the schema before owners: start-up's migrate adds the columns and
 * tables, {@link OwnerBackfill} fills owners and definition days, and every metric and reading is kept.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(EmptyDatabase.class)
public class OwnerBackfillTest {

    private EntityManager entityManager;
    private EntityManagerDatabase persistence;

    /** Frozen copy of the METRIC table before DESIGN §3b (no owner, computation or definition day). */
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
        @StringLength(StringLength.UNLIMITED)
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

    /** Frozen copy of the READING table before DESIGN §3b. */
    @Preload
    @Table("READING")
    public interface ReadingV1 extends Entity {
        @Indexed
        long getMetricId();

        void setMetricId(long metricId);

        double getValue();

        void setValue(double value);

        @Indexed
        @NotNull
        String getMeasuredAt();

        void setMeasuredAt(String measuredAt);

        long getRecordedAt();

        void setRecordedAt(long epochMillis);

        String getRecordedBy();

        void setRecordedBy(String recordedBy);

        @StringLength(StringLength.UNLIMITED)
        String getNote();

        void setNote(String note);

        @StringLength(StringLength.MAX_LENGTH)
        String getSource();

        void setSource(String source);

        @Indexed
        Long getSupersedes();

        void setSupersedes(Long supersedes);

        @Indexed
        String getBatch();

        void setBatch(String batch);
    }

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(OwnerBackfillTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        persistence = new EntityManagerDatabase(entityManager);
    }

    @Test
    @NonTransactional
    public void upgradeKeepsEveryMetricAndReadingAndFillsOwnersFromFirstReadingElseTheFallback() throws Exception {
        // given a store of the schema before owners: a metric measured first by alice then bob, one never measured on
        // an issue whose reporter is carol, one never measured on an issue nobody is named for, a guardrail
        entityManager.migrate(MetricV1.class, ReadingV1.class);
        int measured = metricV1("OUT-1", "OUTCOME", "2026-01-01");
        int unmeasured = metricV1("OUT-2", "KPI", "2026-03-01");
        int orphan = metricV1("OUT-3", "KPI", "2026-04-01");
        int guardrail = metricV1("OUT-1", "GUARDRAIL", null);
        readingV1(measured, 1.0, "2026-01-15", "alice");
        readingV1(measured, 2.0, "2026-02-15", "bob");
        readingV1(guardrail, 3.0, "2026-02-01", null);

        // when the new build starts and the upgrade backfills, the fallback naming a reporter for OUT-1 and OUT-2
        persistence.migrate();
        List<String> askedFor = new ArrayList<>();
        int owned = new OwnerBackfill(persistence).backfill(issueKey -> {
            askedFor.add(issueKey);
            return issueKey.equals("OUT-3") ? Optional.empty() : Optional.of("carol");
        });

        // then every metric is there with its owner and definition day, and every reading is kept
        MetricRepository metrics = new MetricRepository(persistence);
        assertEquals(3, owned);
        Map<Long, Metric> byId = new java.util.HashMap<>();
        metrics.all().forEach(m -> byId.put(m.id(), m));
        assertEquals(4, byId.size());
        assertEquals("alice", byId.get((long) measured).owner());
        assertEquals(LocalDate.of(2026, 1, 15), byId.get((long) measured).definedOn());
        assertEquals("carol", byId.get((long) unmeasured).owner());
        assertEquals(LocalDate.of(2026, 3, 1), byId.get((long) unmeasured).definedOn());
        assertNull(byId.get((long) orphan).owner());
        assertEquals("carol", byId.get((long) guardrail).owner());
        assertEquals(LocalDate.of(2026, 2, 1), byId.get((long) guardrail).definedOn());
        assertEquals("each issue without a reading's recorder is asked for once", List.of("OUT-2", "OUT-3", "OUT-1"),
                askedFor);
        ReadingRepository readings = new ReadingRepository(persistence);
        assertEquals(List.of(1.0, 2.0), readings.history(measured).stream().map(Reading::value).toList());
        assertEquals("bob", readings.history(measured).get(1).recordedBy());
        assertEquals(1, readings.history(guardrail).size());
        assertEquals("CSAT", byId.get((long) measured).definition().name());
    }

    @Test
    @NonTransactional
    public void aSecondBackfillChangesNothingAndNeverOverwritesAnOwner() throws Exception {
        // given an upgraded store whose metric was given an owner
        entityManager.migrate(MetricV1.class, ReadingV1.class);
        int id = metricV1("OUT-1", "OUTCOME", "2026-01-01");
        readingV1(id, 1.0, "2026-01-15", "alice");
        persistence.migrate();
        OwnerBackfill backfill = new OwnerBackfill(persistence);
        backfill.backfill(key -> Optional.empty());

        // when it runs again with another fallback
        int owned = backfill.backfill(key -> Optional.of("mallory"));

        // then
        assertEquals(0, owned);
        assertEquals("alice", new MetricRepository(persistence).find(id).orElseThrow().owner());
    }

    private int metricV1(String issueKey, String kind, String startDate) throws Exception {
        List<DBParam> params = new ArrayList<>(List.of(new DBParam("ISSUE_KEY", issueKey), new DBParam("KIND", kind),
                new DBParam("NAME", "CSAT"), new DBParam("CADENCE_DAYS", 30)));
        if (kind.equals("GUARDRAIL")) {
            params.add(new DBParam("THRESHOLD", 5.0));
            params.add(new DBParam("COMPARATOR", "AT_MOST"));
        } else {
            params.add(new DBParam("BASELINE", 1.0));
            params.add(new DBParam("TARGET", 2.0));
            params.add(new DBParam("START_DATE", startDate));
            params.add(new DBParam("TARGET_DATE", "2026-12-31"));
        }
        return entityManager.create(MetricV1.class, params.toArray(DBParam[]::new)).getID();
    }

    private void readingV1(int metricId, double value, String measuredAt, String recordedBy) throws Exception {
        entityManager.create(ReadingV1.class, new DBParam("METRIC_ID", (long) metricId), new DBParam("VALUE", value),
                new DBParam("MEASURED_AT", measuredAt), new DBParam("RECORDED_AT", 1_767_000_000_000L),
                new DBParam("RECORDED_BY", recordedBy));
    }
}
