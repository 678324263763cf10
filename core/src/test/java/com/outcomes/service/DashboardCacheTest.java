package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.CLOCK;
import static com.outcomes.service.ServiceFixture.TODAY;
import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.OutcomesCore;
import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.Correlation;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewCheckIn;
import com.outcomes.domain.NewClosure;
import com.outcomes.domain.NewReading;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.WriteVersion;
import com.outcomes.port.RefusingAutomation;
import com.outcomes.store.EntityManagerDatabase;
import com.outcomes.store.StoreTestDatabase;
import com.outcomes.view.StrictVelocity;

/**
 * The dashboard's shared evaluations (issue 18): cached under the store's write version, so an acknowledged write of
 * any kind is in the very next dashboard — from a cached evaluation or not, on this core or another over the same
 * database — and each viewer's permissions still filter what the shared part holds. Writes commit here
 * ({@link NonTransactional}), as they do in production.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class DashboardCacheTest {

    private static final String JQL = "project = OUT AND resolution is EMPTY";

    private EntityManager entityManager;
    private ServiceFixture fx;
    private long csat;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.work.challenge("OUT-1", "Customers stay")
                .outcome("OUT-2", "Customers are satisfied", "OUT-1")
                .outcome("OUT-3", "Fewer tickets", "OUT-1")
                .epic("OUT-10", "Help centre", "OUT-2", 2, TODAY.minusDays(3));
        csat = fx.core.metrics().define("admin", "OUT-2", outcome("CSAT", 70, 90, TODAY.minusDays(60),
                TODAY.plusDays(60))).metric().id();
        record(csat, 72, TODAY.minusDays(20));
    }

    @Test
    @NonTransactional
    public void theSecondDashboardWithoutAWriteInBetweenReadsOnlyTheWriteVersion() {
        // given a first dashboard
        dashboard(fx.core, "viewer");
        // when asked again, then: one statement (the version), the same figures
        assertEquals(1, statements(() -> assertEquals(72.0, current(fx.core, "viewer", "OUT-2"), 0.0)));
    }

    @Test
    @NonTransactional
    public void aRecordedReadingIsInTheNextDashboardThoughTheLastOneWasCached() {
        cached();
        record(csat, 75, TODAY.minusDays(1));
        assertEquals(75.0, current(fx.core, "viewer", "OUT-2"), 0.0);
    }

    @Test
    @NonTransactional
    public void aCorrectionIsInTheNextDashboardThoughTheLastOneWasCached() {
        long latest = record(csat, 75, TODAY.minusDays(1));
        cached();
        fx.core.readings().record("admin", csat, new NewReading(74, TODAY.minusDays(1), "typo", null, latest));
        assertEquals(74.0, current(fx.core, "viewer", "OUT-2"), 0.0);
    }

    @Test
    @NonTransactional
    public void anImportedFileIsInTheNextDashboardThoughTheLastOneWasCached() {
        cached();
        fx.core.readings().importCsv("admin", csat, "measuredAt,value\n" + TODAY.minusDays(9) + ",73\n"
                + TODAY.minusDays(2) + ",77\n");
        assertEquals(77.0, current(fx.core, "viewer", "OUT-2"), 0.0);
    }

    @Test
    @NonTransactional
    public void aChangedDefinitionAndANewMetricAreInTheNextDashboardThoughTheLastOneWasCached() {
        cached();
        fx.core.metrics().update("admin", csat, outcome("Satisfaction", 70, 90, TODAY.minusDays(60), TODAY.plusDays(60)));
        fx.core.metrics().define("admin", "OUT-3", outcome("Tickets", 100, 50, TODAY.minusDays(60), TODAY.plusDays(60)));
        Dashboard next = dashboard(fx.core, "viewer");
        assertEquals("Satisfaction", row(next, "OUT-2").metrics().get(0).metric().definition().name());
        assertEquals("Tickets", row(next, "OUT-3").metrics().get(0).metric().definition().name());
    }

    @Test
    @NonTransactional
    public void aCheckInIsInTheNextDashboardThoughTheLastOneWasCached() {
        cached();
        fx.core.checkIns().add("admin", "OUT-2", new NewCheckIn(3, "slipping"));
        assertEquals(3, row(dashboard(fx.core, "viewer"), "OUT-2").checkin().confidence());
    }

    @Test
    @NonTransactional
    public void closingAndReopeningAreInTheNextDashboardThoughTheLastOneWasCached() {
        cached();
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("ACHIEVED", "it worked", TODAY));
        assertEquals(List.of("OUT-3"), outcomeKeys(dashboard(fx.core, "viewer")));
        assertNotNull(row(fx.core.dashboard().dashboard("viewer", "OUT", null, 12, TODAY, true), "OUT-2").closed());

        fx.core.lifecycle().reopen("admin", "OUT-2");
        assertNull(row(dashboard(fx.core, "viewer"), "OUT-2").closed());
    }

    @Test
    @NonTransactional
    public void aReadingComputedByTheJobIsInTheNextDashboardThoughTheLastOneWasCached() {
        // given a computed metric on OUT-3, never measured, and its dashboard cached
        fx.automation.count(JQL, 42);
        fx.core.metrics().define("admin", "OUT-3", new MetricDefinition(MetricKind.KPI, "Open tickets", null, 60.0, 20.0,
                TODAY.minusDays(3), TODAY.plusDays(90), 7, null, null, null, null, "admin", new ComputedBy(JQL)));
        assertNull(current(fx.core, "viewer", "OUT-3"));

        // when the job computes it
        fx.core.job().run(TODAY);

        // then
        assertEquals(42.0, current(fx.core, "viewer", "OUT-3"), 0.0);
    }

    @Test
    @NonTransactional
    public void readingsOfAnOutcomeMetricReachItsLeadingIndicatorsCorrelationThoughTheyAreInAnotherBucket() {
        // given a leading indicator measured weekly for ten weeks, following CSAT (measured once: too few pairs)
        long leading = fx.core.metrics().define("admin", "OUT-2", ServiceFixture.leading("Tickets solved", 0, 100, csat))
                .metric().id();
        StringBuilder weekly = new StringBuilder("measuredAt,value\n");
        for (int week = 10; week >= 1; week--) {
            weekly.append(TODAY.minusWeeks(week)).append(',').append(100 - week * 3).append('\n');
        }
        fx.core.readings().importCsv("admin", leading, weekly.toString());
        assertTrue(correlation(fx.core, leading).insufficientData());
        cached();

        // when CSAT, in another bucket than its leading indicator, gets weekly readings too
        fx.core.readings().importCsv("admin", csat, weekly.toString());

        // then the indicator's correlation, computed from CSAT's history, is in the next dashboard
        assertNotEquals(WriteVersion.bucketOf(csat), WriteVersion.bucketOf(leading));
        assertFalse(correlation(fx.core, leading).insufficientData());
    }

    private static Correlation correlation(OutcomesCore core, long metricId) {
        return row(dashboard(core, "viewer"), "OUT-2").metrics().stream().filter(v -> v.metric().id() == metricId)
                .findFirst().orElseThrow().evaluation().correlation();
    }

    @Test
    @NonTransactional
    public void aWriteThroughAnotherNodeIsInThisNodesNextDashboard() {
        // given this node's evaluation cached, and a second node: its own core and caches over the same database
        cached();
        OutcomesCore otherNode = new OutcomesCore(new EntityManagerDatabase(entityManager), fx.work, fx.access, CLOCK,
                new StrictVelocity(), RefusingAutomation.ports(), new InProcessCaches());
        assertEquals(72.0, current(otherNode, "viewer", "OUT-2"), 0.0);

        // when the other node records a reading
        otherNode.readings().record("admin", csat, new NewReading(81, TODAY, null, null, null));

        // then this node's next dashboard has it (nothing told this node: it read the new write version)
        assertEquals(81.0, current(fx.core, "viewer", "OUT-2"), 0.0);
        // and a write here is in the other node's next one
        record(csat, 82, TODAY);
        assertEquals(82.0, current(otherNode, "viewer", "OUT-2"), 0.0);
    }

    @Test
    @NonTransactional
    public void viewersWithDifferentPermissionsSeeOnlyTheirOwnOutcomesAndEpicsFromTheSharedEvaluation() {
        // given "full" may browse everything, "partial" neither OUT-3 nor the epic OUT-10 (issue security)
        fx.core.metrics().define("admin", "OUT-3", outcome("Tickets", 100, 50, TODAY.minusDays(60), TODAY.plusDays(60)));
        OutcomesCore core = new OutcomesCore(new EntityManagerDatabase(entityManager), fx.work,
                hiding("partial", Set.of("OUT-3", "OUT-10")), CLOCK, new StrictVelocity(), RefusingAutomation.ports(),
                new InProcessCaches());

        for (int round = 0; round < 2; round++) { // whoever asks first fills the cache, the other hits it
            String first = round == 0 ? "full" : "partial";
            String second = round == 0 ? "partial" : "full";
            Dashboard a = core.dashboard().dashboard(first, "OUT", null, 12, TODAY);
            Dashboard b = core.dashboard().dashboard(second, "OUT", null, 12, TODAY);
            Dashboard full = first.equals("full") ? a : b;
            Dashboard partial = first.equals("full") ? b : a;

            assertEquals(List.of("OUT-2", "OUT-3"), outcomeKeys(full));
            assertEquals(List.of("OUT-10"), epicKeys(row(full, "OUT-2")));
            assertEquals(List.of("OUT-2"), outcomeKeys(partial));
            assertEquals(List.of(), epicKeys(row(partial, "OUT-2")));
            assertEquals(72.0 + round, row(partial, "OUT-2").metrics().get(0).evaluation().current(), 0.0);
            assertEquals(72.0 + round, row(full, "OUT-2").metrics().get(0).evaluation().current(), 0.0);
            record(csat, 73 + round, TODAY.minusDays(1)); // the next round starts after a write: a miss, then a hit
        }
    }

    /** Asks for the dashboard twice, so the next one would be served from the cache if no write came between. */
    private void cached() {
        dashboard(fx.core, "viewer");
        assertEquals(1, statements(() -> dashboard(fx.core, "viewer")));
    }

    private long record(long metric, double value, LocalDate day) {
        return fx.core.readings().record("admin", metric, new NewReading(value, day, null, null, null)).id();
    }

    private static Dashboard dashboard(OutcomesCore core, String user) {
        return core.dashboard().dashboard(user, "OUT", null, 12, TODAY);
    }

    private static Double current(OutcomesCore core, String user, String outcomeKey) {
        List<MetricView> metrics = row(dashboard(core, user), outcomeKey).metrics();
        return metrics.isEmpty() ? null : metrics.get(0).evaluation().current();
    }

    private static OutcomeRow row(Dashboard dashboard, String outcomeKey) {
        return dashboard.challenges().stream().flatMap(c -> c.outcomes().stream())
                .filter(r -> r.issue().key().equals(outcomeKey)).findFirst().orElseThrow();
    }

    private static List<String> outcomeKeys(Dashboard dashboard) {
        return dashboard.challenges().stream().flatMap(c -> c.outcomes().stream()).map(r -> r.issue().key()).toList();
    }

    private static List<String> epicKeys(OutcomeRow row) {
        return row.output().epics().stream().map(e -> e.epic().key()).toList();
    }

    private int statements(Runnable work) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        entityManager.getProvider().addSqlListener(listener);
        try {
            work.run();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        return count.get();
    }

    /** Everything the fixture's policy allows, but the given issues are hidden from one user. */
    private AccessPolicy hiding(String user, Set<String> hidden) {
        ProjectAccess base = fx.access.user("full", Set.of("OUT"), Set.of()).user(user, Set.of("OUT"), Set.of());
        return new AccessPolicy() {
            @Override
            public Optional<String> currentUser() {
                return base.currentUser();
            }

            @Override
            public boolean canView(String who, String issueKey) {
                return base.canView(who, issueKey) && !(who.equals(user) && hidden.contains(issueKey));
            }

            @Override
            public Set<String> visible(String who, Collection<String> issueKeys) {
                Set<String> visible = new LinkedHashSet<>(base.visible(who, issueKeys));
                if (who.equals(user)) {
                    visible.removeAll(hidden);
                }
                return visible;
            }

            @Override
            public boolean canEdit(String who, String issueKey) {
                return base.canEdit(who, issueKey);
            }

            @Override
            public boolean canBrowseProject(String who, String projectKey) {
                return base.canBrowseProject(who, projectKey);
            }
        };
    }
}
