package com.outcomes.jira.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.outcomes.domain.Metric;
import com.outcomes.domain.Reading;
import com.outcomes.jira.store.JiraStoreDatabase;
import com.outcomes.jira.store.OwnerUpgradeTask;
import com.outcomes.jira.store.SalSqlReads;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.OwnerBackfillTest.MetricV1;
import com.outcomes.store.OwnerBackfillTest.ReadingV1;
import com.outcomes.store.ReadingRepository;
import com.outcomes.store.StoreTestDatabase;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.EmptyDatabase;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/**
 * The descriptor's upgrade task on the real ORM, from a store written by the schema before owners (core's frozen
 * {@code MetricV1} / {@code ReadingV1}, under the plugin's real table names): everything the {@code <ao>} module
 * declares is migrated, every metric and reading kept, owners come from the first reading's recorder, else from the
 * issue's reporter in Jira.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = PluginTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(EmptyDatabase.class)
public class OwnerUpgradeTaskOnEntityManagerTest {

    private EntityManager entityManager;
    private final IssueManager issues = mock(IssueManager.class);
    private SalSqlReads sqlReads;
    private ActiveObjectsUpgradeTask task;

    @Before
    public void setUp() {
        sqlReads = new SalSqlReads(JiraLikeExecutors.of(entityManager));
        task = new OwnerUpgradeTask(issues, sqlReads);
    }

    @Test
    public void theTaskIsModelVersionOne() {
        assertEquals(ModelVersion.valueOf("1"), task.getModelVersion());
    }

    @Test
    @NonTransactional
    public void upgradeMigratesTheDeclaredEntitiesKeepsEveryRowAndTakesOwnersFromReadingsElseReporters()
            throws Exception {
        // given a store of the schema before owners: a metric first measured by alice, one never measured on an issue
        // reported by rita, one on an issue that no longer exists
        entityManager.migrate(MetricV1.class, ReadingV1.class);
        int measured = metricV1("OUT-1");
        int reported = metricV1("OUT-2");
        int orphan = metricV1("OUT-9");
        readingV1(measured, 1.0, "2026-01-15", "alice");
        readingV1(measured, 2.0, "2026-02-15", "bob");
        reportedBy("OUT-1", "rob");
        reportedBy("OUT-2", "rita");

        // when Active Objects runs the task with its own ActiveObjects
        List<List<Class<?>>> migrated = new ArrayList<>();
        task.upgrade(ModelVersion.valueOf("0"), recording(new EntityManagerActiveObjects(entityManager), migrated));

        // then it migrated exactly what the descriptor's <ao> module declares
        assertEquals(List.of(descriptorEntities()), migrated.stream().map(
                call -> call.stream().map(Class::getName).toList()).toList());

        // and every metric has the owner its history or its issue names, every reading kept
        JiraStoreDatabase store = new JiraStoreDatabase(new EntityManagerActiveObjects(entityManager), sqlReads);
        Map<Long, Metric> byId = new HashMap<>();
        new MetricRepository(store).all().forEach(metric -> byId.put(metric.id(), metric));
        assertEquals(3, byId.size());
        assertEquals("alice", byId.get((long) measured).owner());
        assertEquals("rita", byId.get((long) reported).owner());
        assertNull(byId.get((long) orphan).owner());
        assertEquals(List.of("alice", "bob"), new ReadingRepository(store).history(measured).stream()
                .map(Reading::recordedBy).toList());
    }

    private void reportedBy(String issueKey, String reporterName) {
        MutableIssue issue = mock(MutableIssue.class);
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getUsername()).thenReturn(reporterName);
        when(issue.getReporter()).thenReturn(reporter);
        when(issues.getIssueByCurrentKey(issueKey)).thenReturn(issue);
    }

    /** The class names of the {@code <ao>} module's entities, as the built descriptor lists them. */
    private static List<String> descriptorEntities() throws Exception {
        try (InputStream in = OwnerUpgradeTaskOnEntityManagerTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            Element ao = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("ao").item(0);
            NodeList entities = ao.getElementsByTagName("entity");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < entities.getLength(); i++) {
                names.add(entities.item(i).getTextContent().trim());
            }
            return names;
        }
    }

    /** Jira's ActiveObjects as handed to an upgrade task, noting each migrate call's entities. */
    private static ActiveObjects recording(ActiveObjects ao, List<List<Class<?>>> migrated) {
        return (ActiveObjects) java.lang.reflect.Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("migrate")) {
                        migrated.add(Arrays.asList((Class<?>[]) args[0]));
                    }
                    try {
                        return method.invoke(ao, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private int metricV1(String issueKey) throws Exception {
        return entityManager.create(MetricV1.class, new DBParam("ISSUE_KEY", issueKey), new DBParam("KIND", "OUTCOME"),
                new DBParam("NAME", "CSAT"), new DBParam("CADENCE_DAYS", 30), new DBParam("BASELINE", 1.0),
                new DBParam("TARGET", 2.0), new DBParam("START_DATE", "2026-01-01"),
                new DBParam("TARGET_DATE", "2026-12-31")).getID();
    }

    private void readingV1(int metricId, double value, String measuredAt, String recordedBy) throws Exception {
        entityManager.create(ReadingV1.class, new DBParam("METRIC_ID", (long) metricId), new DBParam("VALUE", value),
                new DBParam("MEASURED_AT", measuredAt), new DBParam("RECORDED_AT", 1_767_000_000_000L),
                new DBParam("RECORDED_BY", recordedBy));
    }

}
