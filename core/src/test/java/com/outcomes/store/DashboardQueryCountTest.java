package com.outcomes.store;

import static com.outcomes.store.Fixtures.RECORDED_AT;
import static com.outcomes.store.Fixtures.outcome;
import static com.outcomes.store.Fixtures.reading;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.slf4j.LoggerFactory;

/** Loading the dashboard's stored data must not issue one query per metric (no N+1, no lazy getters). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class DashboardQueryCountTest {

    private EntityManager entityManager;
    private MetricRepository metrics;
    private ReadingRepository readings;
    private CheckInRepository checkIns;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(DashboardQueryCountTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        EntityManagerDatabase persistence = new EntityManagerDatabase(entityManager);
        metrics = new MetricRepository(persistence);
        readings = new ReadingRepository(persistence);
        checkIns = new CheckInRepository(persistence);
    }

    @Test
    public void loadingFiftyMetricsTakesAsManyStatementsAsLoadingFive() {
        // given two portfolios: 5 and 50 outcome issues, one metric each, 20 readings per metric
        List<String> small = portfolio("S", 5);
        List<String> large = portfolio("L", 50);

        // when
        int smallCount = statementsToLoad(small, 5);
        int largeCount = statementsToLoad(large, 50);

        // then
        assertEquals(smallCount, largeCount);
        // one query per repository call: the listener must have seen them, and nothing per metric or outcome
        assertEquals(3, largeCount);
    }

    @Test
    public void loadingTheLargePortfolioTakesAsManyStatementsAsASmallOne() {
        // given the benchmark's large portfolio (200 outcomes with outcome, leading and guardrail metrics:
        // 600 metrics, more than one IN list used to hold) and a portfolio of 25 outcomes
        List<String> small = portfolio("S", 25, 3);
        List<String> large = portfolio("L", 200, 3);

        // when
        int smallCount = statementsToLoad(small, 75);
        int largeCount = statementsToLoad(large, 600);

        // then one metric query, one reading query and one check-in query, whatever the size
        assertEquals(3, smallCount);
        assertEquals(3, largeCount);
    }

    private List<String> portfolio(String project, int issues) {
        return portfolio(project, issues, 1);
    }

    private List<String> portfolio(String project, int issues, int metricsPerIssue) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= issues; i++) {
            String key = project + "-" + i;
            keys.add(key);
            for (int m = 1; m <= metricsPerIssue; m++) {
                long metricId = metrics.create(key, outcome("metric " + m + " of " + key)).id();
                List<NewReading> series = new ArrayList<>();
                for (int day = 1; day <= 20; day++) {
                    series.add(reading(day, String.format("2025-01-%02d", day)));
                }
                readings.appendAll(metricId, series, "seed", RECORDED_AT);
            }
            checkIns.append(key, new com.outcomes.domain.NewCheckIn(7, "first"), "seed", RECORDED_AT);
            checkIns.append(key, new com.outcomes.domain.NewCheckIn(i % 10 + 1, "latest"), "seed",
                    RECORDED_AT.plusSeconds(60));
        }
        return keys;
    }

    /** Loads what the dashboard needs from the store (metrics, readings, latest check-ins) and counts the SQL statements AO sends. */
    private int statementsToLoad(List<String> issueKeys, int expectedMetrics) {
        entityManager.flushAll();
        AtomicInteger statements = new AtomicInteger();
        DatabaseProvider.SqlListener counter = sql -> statements.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            List<Metric> loaded = metrics.byIssues(issueKeys);
            Map<Long, List<Reading>> histories = readings.historiesOf(loaded.stream().map(Metric::id).toList());
            // touch every value, as the dashboard does, so lazy loading would show up in the count
            double sum = histories.values().stream().flatMap(List::stream).mapToDouble(Reading::value).sum();
            Map<String, com.outcomes.domain.CheckIn> latest = checkIns.latestOf(issueKeys);
            assertEquals(expectedMetrics, loaded.size());
            assertEquals(expectedMetrics * 210.0, sum, 0.0);
            assertEquals(issueKeys.size(), latest.size());
            latest.values().forEach(c -> assertEquals("latest", c.comment()));
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return statements.get();
    }
}
