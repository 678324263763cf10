package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.TODAY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewClosure;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.Reminder;
import com.outcomes.domain.ReminderKind;
import com.outcomes.store.StoreTestDatabase;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.slf4j.LoggerFactory;

/**
 * "Compute and remind" (DESIGN §3b) over the real store: what it computes and reminds, once per key, a failure not
 * stopping the rest, two runs at the same moment doing each thing once, and reads that do not grow with the metrics.
 * Non-transactional: the job commits its own transactions, as on a host.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class ComputeAndRemindJobTest {

    private static final String BUGS = "project = OUT AND type = Bug AND resolution is EMPTY";
    private static final String ALL = "project = OUT";

    private EntityManager entityManager;
    private ServiceFixture fx;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(ComputeAndRemindJobTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.access.user("alice", Set.of("OUT"), Set.of("OUT")).user("bob", Set.of("OUT"), Set.of());
        fx.work.outcome("OUT-1", "Faster onboarding", null);
        fx.work.outcome("OUT-2", "Fewer support tickets", null);
        fx.automation.count(BUGS, 5).count(ALL, 20);
    }

    private static MetricDefinition kpi(String name, String owner, ComputedBy computed, LocalDate start, int cadence) {
        return new MetricDefinition(MetricKind.KPI, name, "%", 40.0, 10.0, start, start.plusDays(180), cadence, null,
                null, null, null, owner, computed);
    }

    private long define(String issueKey, MetricDefinition definition) {
        return fx.core.metrics().define("admin", issueKey, definition).metric().id();
    }

    private Metric metric(long id) {
        return fx.core.metricRepository().find(id).orElseThrow();
    }

    @Test
    @NonTransactional
    public void aDueComputedMetricIsRecordedOnceAsItsOwnerWithSourceJql() {
        // given a computed metric owned by alice, never measured, due on its start date
        long id = define("OUT-1", kpi("Open bugs share", "alice", new ComputedBy(BUGS, ALL, 100), TODAY.minusDays(3), 7));

        // when the job runs twice on the same day
        JobResult first = fx.core.job().run(TODAY);
        JobResult second = fx.core.job().run(TODAY);

        // then one reading: 100 × 5 / 20, measured today, by alice, from jql
        assertEquals(new JobResult(1, 0, 0), first);
        assertEquals(new JobResult(0, 0, 0), second);
        List<Reading> history = fx.core.readingRepository().history(id);
        assertEquals(1, history.size());
        Reading reading = history.get(0);
        assertEquals(25.0, reading.value(), 1e-9);
        assertEquals(TODAY, reading.measuredAt());
        assertEquals("alice", reading.recordedBy());
        assertEquals("jql", reading.source());
        assertEquals("computed", reading.note());
        assertEquals(List.of(BUGS + " as alice on " + TODAY, ALL + " as alice on " + TODAY), fx.automation.counted);
        assertNull(metric(id).lastComputeError());
    }

    @Test
    @NonTransactional
    public void aComputedMetricIsNotCountedBeforeItsDueDate() {
        // given measured 3 days ago, weekly
        long id = define("OUT-1", kpi("Open bugs", "alice", new ComputedBy(BUGS), TODAY.minusDays(30), 7));
        fx.core.readings().record("alice", id, new NewReading(4, TODAY.minusDays(3), null, null, null));

        // when
        JobResult result = fx.core.job().run(TODAY);

        // then
        assertEquals(new JobResult(0, 0, 0), result);
        assertEquals(List.of(), fx.automation.counted);
    }

    @Test
    @NonTransactional
    public void aPerCountingNothingRecordsNothingAndSetsLastComputeError() {
        // given
        fx.automation.count("project = EMPTY", 0);
        long id = define("OUT-1", kpi("Share", "alice", new ComputedBy(BUGS, "project = EMPTY", 1), TODAY, 7));

        // when
        JobResult result = fx.core.job().run(TODAY);

        // then
        assertEquals(new JobResult(0, 0, 0), result);
        assertEquals(List.of(), fx.core.readingRepository().history(id));
        assertNotNull(metric(id).lastComputeError());
        assertTrue(metric(id).lastComputeError().message().contains("no issues"));
    }

    @Test
    @NonTransactional
    public void theNextSuccessfulComputationClearsTheLastComputeError() {
        // given a computed metric whose per counted nothing today
        fx.automation.count("project = EMPTY", 0);
        long id = define("OUT-1", kpi("Share", "alice", new ComputedBy(BUGS, "project = EMPTY", 1), TODAY, 7));
        fx.core.job().run(TODAY);
        assertNotNull(metric(id).lastComputeError());

        // when it counts issues tomorrow
        fx.automation.count("project = EMPTY", 10);
        JobResult tomorrow = fx.core.job().run(TODAY.plusDays(1));

        // then
        assertEquals(1, tomorrow.computed());
        assertEquals(0.5, fx.core.readingRepository().history(id).get(0).value(), 1e-9);
        assertNull(metric(id).lastComputeError());
    }

    @Test
    @NonTransactional
    public void aComputedMetricWithoutAnErrorIsRecordedWithoutWritingTheMetric() {
        // given a computed metric due today whose computations never failed
        long id = define("OUT-1", kpi("Open bugs", "alice", new ComputedBy(BUGS), TODAY, 7));

        // when
        List<String> sql = recorded(() -> fx.core.job().run(TODAY));

        // then its reading is stored, and no statement updates (or reads back) the metric's row
        assertEquals(1, fx.core.readingRepository().history(id).size());
        List<String> metricWrites = sql.stream().map(s -> s.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(s -> s.startsWith("UPDATE") && s.split("\\s+")[1].replace("\"", "").endsWith("METRIC"))
                .toList();
        assertEquals(List.of(), metricWrites);
        assertNull(metric(id).lastComputeError());
    }

    @Test
    @NonTransactional
    public void aFailingCountSendsComputeFailedOnceADayAndTheOtherMetricsStillRun() {
        // given two computed metrics due today, the first one's JQL failing on the host
        fx.automation.failing("project = GONE", "The value 'GONE' does not exist for the field 'project'.");
        long failing = define("OUT-1", kpi("Broken", "alice", new ComputedBy("project = GONE"), TODAY, 7));
        long fine = define("OUT-2", kpi("Open bugs", "alice", new ComputedBy(BUGS), TODAY, 7));

        // when it runs twice today, then tomorrow
        JobResult today = fx.core.job().run(TODAY);
        JobResult again = fx.core.job().run(TODAY);
        JobResult tomorrow = fx.core.job().run(TODAY.plusDays(1));

        // then the good one is computed, the failing one is reminded once a day (tomorrow it is also stale)
        assertEquals(new JobResult(1, 1, 1), today);
        assertEquals(new JobResult(0, 0, 1), again);
        assertEquals(new JobResult(0, 2, 1), tomorrow);
        assertEquals(1, fx.core.readingRepository().history(fine).size());
        assertEquals("The value 'GONE' does not exist for the field 'project'.",
                metric(failing).lastComputeError().message());
        List<Reminder> reminders = fx.core.reminders().list("admin", failing);
        assertEquals(Set.of(failing + "/COMPUTE_FAILED/" + TODAY, failing + "/STALE/" + TODAY,
                        failing + "/COMPUTE_FAILED/" + TODAY.plusDays(1)),
                reminders.stream().map(r -> r.key().value()).collect(Collectors.toSet()));
        FakeAutomation.Mail mail = fx.automation.sent.get(0);
        assertEquals("alice", mail.to());
        assertTrue(mail.subject(), mail.subject().contains("Broken") && mail.subject().contains("could not be computed"));
        assertTrue(mail.body(), mail.body().contains("The value 'GONE' does not exist for the field 'project'."));
        assertTrue(mail.body(), mail.body().contains("https://jira.example.com/browse/OUT-1"));
    }

    @Test
    @NonTransactional
    public void aMetricMeasuredByHandIsRemindedDueThenStaleOncePerDueDate() {
        // given a monthly metric of bob's last measured 30 days ago: due today
        long id = define("OUT-1", kpi("Activation rate", "bob", null, TODAY.minusDays(90), 30));
        fx.core.readings().record("admin", id, new NewReading(30, TODAY.minusDays(30), null, null, null));

        // when the job runs over the days around the due date
        List<JobResult> results = new ArrayList<>();
        for (LocalDate day : List.of(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1), TODAY,
                TODAY.plusDays(5), TODAY.plusDays(6))) {
            results.add(fx.core.job().run(day));
        }

        // then one DUE two days before, one STALE after, nothing else
        assertEquals(List.of(0, 1, 0, 0, 1, 0), results.stream().map(JobResult::reminders).toList());
        assertEquals(2, fx.automation.sent.size());
        FakeAutomation.Mail due = fx.automation.sent.get(0);
        assertEquals("bob", due.to());
        assertTrue(due.subject(), due.subject().contains("Activation rate"));
        assertTrue(due.body(), due.body().contains("OUT-1 Faster onboarding"));
        assertTrue(due.body(), due.body().contains("It is due on " + TODAY + " (in 2 days)."));
        FakeAutomation.Mail stale = fx.automation.sent.get(1);
        assertTrue(stale.subject(), stale.subject().contains("running blind"));
        assertTrue(stale.body(), stale.body().contains("Not measured for 35 days \u2014 running blind."));
        assertTrue(stale.body(), stale.body().contains("https://jira.example.com/browse/OUT-1"));
        List<Reminder> stored = fx.core.reminders().list("bob", id);
        assertEquals(List.of(ReminderKind.STALE, ReminderKind.DUE), stored.stream().map(Reminder::kind).toList());
        assertTrue(stored.stream().allMatch(r -> r.delivered() && r.error() == null && r.dueDate().equals(TODAY)));
    }

    @Test
    @NonTransactional
    public void aReminderThatCannotBeDeliveredIsStoredWithItsErrorAndCounted() {
        // given bob has no address and his metric is stale
        fx.automation.noAddressFor("bob");
        long id = define("OUT-1", kpi("Activation rate", "bob", null, TODAY.minusDays(10), 7));

        // when
        JobResult result = fx.core.job().run(TODAY);
        JobResult again = fx.core.job().run(TODAY);

        // then stored once, not delivered, with the host's words
        assertEquals(new JobResult(0, 1, 1), result);
        assertEquals(new JobResult(0, 0, 0), again);
        Reminder reminder = fx.core.reminders().list("admin", id).get(0);
        assertFalse(reminder.delivered());
        assertEquals("bob has no e-mail address", reminder.error());
        assertEquals(ReminderKind.STALE, reminder.kind());
    }

    @Test
    @NonTransactional
    public void anOwnerWhoMayNoLongerBrowseTheIssueIsNotMailedItsSummaryUntilTheyMayAgain() {
        // given alice's stale metric, then alice loses access to OUT
        define("OUT-1", kpi("Activation rate", "alice", null, TODAY.minusDays(10), 7));
        fx.access.user("alice", Set.of("MKT"), Set.of());

        // when
        JobResult withoutAccess = fx.core.job().run(TODAY);
        fx.access.user("alice", Set.of("OUT"), Set.of("OUT"));
        JobResult withAccess = fx.core.job().run(TODAY);

        // then
        assertEquals(new JobResult(0, 0, 0), withoutAccess);
        assertEquals(new JobResult(0, 1, 0), withAccess);
        assertEquals(1, fx.automation.sent.size());
    }

    @Test
    @NonTransactional
    public void metricsOfClosedOutcomesAndWithoutOwnerAreLeftAlone() {
        // given a stale computed metric on a closed outcome, and a stale metric stored without owner
        define("OUT-1", kpi("Open bugs", "alice", new ComputedBy(BUGS), TODAY.minusDays(10), 7));
        fx.core.lifecycle().close("admin", "OUT-1", new NewClosure("ACHIEVED", null, TODAY.minusDays(1)));
        fx.core.metricRepository().create("OUT-2", kpi("Legacy", null, null, TODAY.minusDays(10), 7));

        // when
        JobResult result = fx.core.job().run(TODAY);

        // then
        assertEquals(new JobResult(0, 0, 0), result);
        assertEquals(List.of(), fx.automation.counted);
        assertEquals(List.of(), fx.automation.sent);
    }

    @Test
    @NonTransactional
    public void twoRunsAtTheSameMomentComputeAndRemindEachMetricOnce() throws Exception {
        // given ten computed metrics due and ten stale ones measured by hand
        List<Long> computed = new ArrayList<>();
        List<Long> byHand = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            computed.add(define("OUT-1", kpi("computed " + i, "alice", new ComputedBy(BUGS), TODAY.minusDays(1), 7)));
            byHand.add(define("OUT-2", kpi("by hand " + i, "bob", null, TODAY.minusDays(20), 7)));
        }

        // when two nodes run the job at the same moment, four times over
        List<JobResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JobResult>> runs = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    Callable<JobResult> run = () -> {
                        start.await();
                        return fx.core.job().run(TODAY);
                    };
                    runs.add(pool.submit(run));
                }
                start.countDown();
                for (Future<JobResult> run : runs) {
                    results.add(run.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        // then each computed metric has one reading, each stale one one reminder, and one mail went out for it
        assertEquals(results.toString(), 10, results.stream().mapToInt(JobResult::computed).sum());
        assertEquals(results.toString(), 10, results.stream().mapToInt(JobResult::reminders).sum());
        assertEquals(results.toString(), 0, results.stream().mapToInt(JobResult::errors).sum());
        for (long id : computed) {
            assertEquals(1, fx.core.readingRepository().history(id).size());
        }
        assertEquals(10, fx.core.reminders().list("admin", null).size());
        assertEquals(10, fx.automation.sent.size());
        assertEquals(byHand.stream().sorted().toList(),
                fx.core.reminders().list("admin", null).stream().map(Reminder::metricId).sorted().toList());
    }

    @Test
    @NonTransactional
    public void theRunReadsInAsManyStatementsForManyMetricsAsForFew() {
        // given metrics that are neither due nor stale: the run only reads
        for (int i = 0; i < 3; i++) {
            define("OUT-1", kpi("few " + i, "alice", new ComputedBy(BUGS), TODAY.plusDays(30), 7));
        }
        int few = statements(() -> fx.core.job().run(TODAY));
        for (int i = 0; i < 30; i++) {
            define("OUT-2", kpi("many " + i, "bob", i % 2 == 0 ? new ComputedBy(BUGS) : null, TODAY.plusDays(30), 7));
        }

        // when
        int many = statements(() -> fx.core.job().run(TODAY));

        // then metrics, closures, series, the day's compute claims
        assertEquals(4, few);
        assertEquals(few, many);
    }

    private int statements(Runnable work) {
        return recorded(work).size();
    }

    private List<String> recorded(Runnable work) {
        entityManager.flushAll();
        List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        try {
            work.run();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        return statements;
    }
}
