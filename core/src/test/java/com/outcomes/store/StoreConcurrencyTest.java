package com.outcomes.store;

import static com.outcomes.store.Fixtures.RECORDED_AT;
import static com.outcomes.store.Fixtures.correction;
import static com.outcomes.store.Fixtures.outcome;
import static com.outcomes.store.Fixtures.reading;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.outcomes.domain.Reading;
import com.outcomes.error.ConflictException;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.slf4j.LoggerFactory;

/** Several threads with their own connections: no test transaction, data is committed for real. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class StoreConcurrencyTest {

    private EntityManager entityManager;
    private ReadingRepository readings;
    private long metricId;
    private ExecutorService pool;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(StoreConcurrencyTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        EntityManagerDatabase persistence = new EntityManagerDatabase(entityManager);
        readings = new ReadingRepository(persistence);
        metricId = new MetricRepository(persistence).create("MKT-1", outcome("Market share")).id();
        pool = Executors.newFixedThreadPool(24);
    }

    @After
    public void tearDown() {
        pool.shutdownNow();
    }

    @Test
    @NonTransactional
    public void eightConcurrentCorrectionsOfOneReadingLetExactlyOneWin() throws Exception {
        // given
        Reading wrong = readings.append(metricId, reading(99, "2025-01-01"), "alice", RECORDED_AT);

        // when eight users correct it at the same moment
        List<Outcome> outcomes = runTogether(8, i ->
                readings.append(metricId, correction(i, "2025-01-01", wrong.id()), "user" + i, RECORDED_AT));

        // then
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(Outcome::stored).count());
        assertEquals(outcomes.toString(), 7, outcomes.stream().filter(o -> o.failure() instanceof ConflictException).count());
        List<Reading> history = readings.history(metricId);
        assertEquals(2, history.size());
        assertEquals(1, history.stream().filter(r -> Long.valueOf(wrong.id()).equals(r.supersedes())).count());
    }

    @Test
    @NonTransactional
    public void twentyFourParallelAppendsOnOneMetricAllLand() throws Exception {
        // when
        List<Outcome> outcomes = runTogether(24, i ->
                readings.append(metricId, reading(i, "2025-01-01"), "user" + i, RECORDED_AT));

        // then
        assertEquals(outcomes.toString(), 24, outcomes.stream().filter(Outcome::stored).count());
        List<Double> values = readings.history(metricId).stream().map(Reading::value).sorted().collect(Collectors.toList());
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            expected.add((double) i);
        }
        assertEquals(expected, values);
    }

    private record Outcome(Reading reading, Throwable failure) {
        boolean stored() {
            return reading != null;
        }
    }

    private interface Work {
        Reading run(int i);
    }

    /** Starts all tasks at once behind a latch and waits for every one of them. */
    private List<Outcome> runTogether(int count, Work work) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reading>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            Callable<Reading> task = () -> {
                start.await();
                return work.run(n);
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Reading> future : futures) {
            try {
                outcomes.add(new Outcome(future.get(), null));
            } catch (ExecutionException e) {
                outcomes.add(new Outcome(null, e.getCause()));
            }
        }
        return outcomes;
    }
}
