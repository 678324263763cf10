package com.outcomes.store;

import static com.outcomes.store.Fixtures.guardrail;
import static com.outcomes.store.Fixtures.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
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
public class MetricRepositoryTest {

    private EntityManager entityManager;
    private MetricRepository metrics;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(MetricRepositoryTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        metrics = new MetricRepository(new EntityManagerDatabase(entityManager));
    }

    @Test
    public void everyFieldRoundTripsExactly() {
        // given awkward doubles and dates at the edges of what users enter
        MetricDefinition definition = new MetricDefinition(MetricKind.LEADING, "Product inquiries \u2013 EMEA", "per week",
                0.1 + 0.2, 1.0 / 3.0, LocalDate.of(1970, 1, 1), LocalDate.of(2024, 2, 29), 366, 4242L,
                "CRM export", 1e-300, GuardrailComparator.AT_LEAST);

        // when
        Metric created = metrics.create("MKT-1", definition);
        Metric found = metrics.find(created.id()).orElseThrow();

        // then
        assertEquals(new Metric(created.id(), "MKT-1", definition), found);
        assertEquals(created, found);
    }

    @Test
    public void absentOptionalFieldsComeBackAsNull() {
        // given
        Metric created = metrics.create("OPS-7", guardrail("Tickets per 100 users"));

        // when
        MetricDefinition found = metrics.find(created.id()).orElseThrow().definition();

        // then
        assertNull(found.unit());
        assertNull(found.baseline());
        assertNull(found.target());
        assertNull(found.startDate());
        assertNull(found.targetDate());
        assertNull(found.parentMetricId());
        assertNull(found.source());
        assertEquals(Double.valueOf(5.0), found.threshold());
        assertEquals(GuardrailComparator.AT_MOST, found.comparator());
    }

    @Test
    public void updateReplacesTheDefinitionAndKeepsTheIssue() {
        // given
        Metric created = metrics.create("MKT-1", outcome("Market share"));
        MetricDefinition changed = guardrail("CSAT stays high");

        // when
        Metric updated = metrics.update(created.id(), changed);

        // then
        assertEquals(new Metric(created.id(), "MKT-1", changed), updated);
        assertEquals(updated, metrics.find(created.id()).orElseThrow());
    }

    @Test
    public void updateOfAnUnknownMetricThrowsNoSuchElement() {
        assertThrows(NoSuchElementException.class, () -> metrics.update(987654, outcome("x")));
    }

    @Test
    public void findOfAnUnknownIdIsEmpty() {
        assertFalse(metrics.find(987654).isPresent());
        assertFalse(metrics.find(Long.MAX_VALUE).isPresent());
    }

    @Test
    public void byIssueReturnsOnlyThatIssuesMetricsInIdOrder() {
        // given
        Metric first = metrics.create("CSAT-1", outcome("CSAT"));
        metrics.create("OTHER-1", outcome("Unrelated"));
        Metric second = metrics.create("CSAT-1", outcome("First contact resolution"));

        // when
        List<Metric> found = metrics.byIssue("CSAT-1");

        // then
        assertEquals(List.of(first, second), found);
    }

    @Test
    public void byIssuesLoadsMoreKeysThanOneInClauseHolds() {
        // given metrics on two issues among 1200 asked-for keys
        Metric a = metrics.create("A-1", outcome("a"));
        Metric b = metrics.create("B-1199", outcome("b"));
        metrics.create("C-1", outcome("not asked for"));
        List<String> keys = new ArrayList<>();
        keys.add("A-1");
        for (int i = 2; i < 1200; i++) {
            keys.add("B-" + i);
        }

        // when
        List<Metric> found = metrics.byIssues(keys);

        // then
        assertEquals(List.of(a, b), found);
    }
}
