package com.outcomes.store;

import static com.outcomes.store.Fixtures.RECORDED_AT;
import static com.outcomes.store.Fixtures.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.Reminder;
import com.outcomes.domain.ReminderKey;
import com.outcomes.domain.ReminderKind;
import com.outcomes.port.ReminderStore;

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

/**
 * The unique rows behind "at most once" (DESIGN §3b), with threads on their own connections and committed data: the
 * database refuses the second reminder of a key and the second computed reading of a metric and day, on HSQLDB and
 * (with the db profiles) PostgreSQL and MariaDB.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class AutomationClaimsConcurrencyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final int NODES = 8;

    private EntityManager entityManager;
    private EntityManagerDatabase persistence;
    private ReminderRepository reminders;
    private ComputedReadingRepository computedReadings;
    private ReadingRepository readings;
    private long metricId;
    private ExecutorService pool;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(AutomationClaimsConcurrencyTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        persistence = new EntityManagerDatabase(entityManager);
        MetricRepository metrics = new MetricRepository(persistence);
        readings = new ReadingRepository(persistence);
        reminders = new ReminderRepository(persistence);
        computedReadings = new ComputedReadingRepository(persistence, readings, metrics);
        metricId = metrics.create("OUT-1", outcome("Open bugs").withOwner("alice")).id();
        pool = Executors.newFixedThreadPool(NODES);
    }

    @After
    public void tearDown() {
        pool.shutdownNow();
    }

    @Test
    @NonTransactional
    public void eightNodesClaimingOneReminderAtOnceStoreItOnce() throws Exception {
        // given
        ReminderKey key = new ReminderKey(metricId, ReminderKind.STALE, DAY);

        // when
        List<Optional<ReminderStore.Claimed>> claims = together(i -> reminders.claim(key, "OUT-1", "alice", RECORDED_AT));

        // then
        assertEquals(claims.toString(), 1, claims.stream().filter(Optional::isPresent).count());
        assertEquals(1, reminders.list(null, metricId).size());
        assertEquals(Set.of(key), reminders.claimed(List.of(key, new ReminderKey(metricId, ReminderKind.DUE, DAY))));
    }

    @Test
    @NonTransactional
    public void eightNodesStoringTheDaysComputedReadingAtOnceStoreOneAndKeepNoOrphan() throws Exception {
        // when
        List<Optional<Reading>> stored = together(i -> computedReadings.append(metricId,
                new NewReading(10 + i, DAY, "computed", "jql", null), "alice", RECORDED_AT, false));

        // then one reading, and the losers' readings were rolled back with their claims
        assertEquals(stored.toString(), 1, stored.stream().filter(Optional::isPresent).count());
        List<Reading> history = readings.history(metricId);
        assertEquals(1, history.size());
        assertEquals(stored.stream().flatMap(Optional::stream).findFirst().orElseThrow().id(), history.get(0).id());
        assertEquals(Set.of(metricId), computedReadings.computedOn(DAY, List.of(metricId)));
    }

    @Test
    public void theNextDayTakesItsOwnComputedReadingAndAnotherKindItsOwnReminder() {
        // given
        assertTrue(computedReadings.append(metricId, new NewReading(1, DAY, "computed", "jql", null), "alice",
                RECORDED_AT, false).isPresent());
        assertTrue(reminders.claim(new ReminderKey(metricId, ReminderKind.DUE, DAY), "OUT-1", "alice", RECORDED_AT)
                .isPresent());

        // when / then
        assertTrue(computedReadings.append(metricId, new NewReading(2, DAY.plusDays(1), "computed", "jql", null),
                "alice", RECORDED_AT, true).isPresent());
        assertTrue(reminders.claim(new ReminderKey(metricId, ReminderKind.STALE, DAY), "OUT-1", "alice", RECORDED_AT)
                .isPresent());
        assertFalse(computedReadings.computedOn(DAY.plusDays(2), List.of(metricId)).contains(metricId));
    }

    @Test
    public void aSettledReminderKeepsItsErrorAndTheListIsNewestFirstPerOwner() {
        // given
        ReminderStore.Claimed first = reminders.claim(new ReminderKey(metricId, ReminderKind.DUE, DAY), "OUT-1",
                "alice", RECORDED_AT).orElseThrow();
        ReminderStore.Claimed second = reminders.claim(new ReminderKey(metricId, ReminderKind.STALE, DAY), "OUT-1",
                "alice", RECORDED_AT.plusSeconds(60)).orElseThrow();
        reminders.claim(new ReminderKey(metricId + 1, ReminderKind.STALE, DAY), "OUT-2", "bob", RECORDED_AT);

        // when
        first.settle(true, null);
        second.settle(false, "alice has no e-mail address");

        // then
        List<Reminder> alices = reminders.list("alice", null);
        assertEquals(List.of(second.reminder().id(), first.reminder().id()), alices.stream().map(Reminder::id).toList());
        assertFalse(alices.get(0).delivered());
        assertEquals("alice has no e-mail address", alices.get(0).error());
        assertTrue(alices.get(1).delivered());
        assertEquals(3, reminders.list(null, null).size());
        assertEquals(1, reminders.list(null, metricId + 1).size());
    }

    private interface Work<T> {
        T run(int i);
    }

    private <T> List<T> together(Work<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            int n = i;
            Callable<T> task = () -> {
                start.await();
                return work.run(n);
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
