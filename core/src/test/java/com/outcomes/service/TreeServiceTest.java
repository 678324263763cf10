package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.leading;
import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
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

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.NewClosure;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.Status;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class TreeServiceTest {

    private static final LocalDate AS_OF = ServiceFixture.TODAY;

    private EntityManager entityManager;
    private ServiceFixture fx;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    public void placesOutcomesUnderChallengesLeadingIndicatorsUnderTheirParentAndEpicsWithRice() {
        // given a challenge with one outcome (outcome metric + leading indicator), an epic rated, one not, and an
        // outcome measuring no challenge
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-2", "Share", "OUT-1").outcome("OUT-3", "Churn", null)
                .epic("OUT-11", "Pricing page", "OUT-2", 1, d(11, 2))
                .epic("OUT-10", "Dealer portal", "OUT-2", 0, d(11, 2), d(11, 3));
        long share = define("OUT-2", outcome("Share", 10, 20, d(1, 1), d(12, 31)));
        long visits = define("OUT-2", leading("Visits", 100, 200, share));
        fx.core.readings().record("admin", share, new NewReading(19, d(11, 20), null, null, null));
        fx.core.epics().setRice("admin", "OUT-2", "OUT-10", new RiceScore(100, 2, 1, 4));
        // when
        OutcomeTree tree = fx.core.tree().tree("viewer", "OUT", AS_OF);
        // then
        OutcomeTree.Challenge challenge = tree.challenges().get(0);
        assertEquals("OUT-1", challenge.issue().key());
        OutcomeTree.Outcome shareOutcome = challenge.outcomes().get(0);
        assertEquals("OUT-2", shareOutcome.issue().key());
        assertFalse(shareOutcome.closed());
        assertEquals(1, shareOutcome.metrics().size());
        OutcomeTree.Node root = shareOutcome.metrics().get(0);
        assertEquals(share, root.metric().metric().id());
        assertEquals(Status.ON_TRACK, root.metric().evaluation().status());
        assertEquals(List.of(visits), root.leading().stream().map(n -> n.metric().metric().id()).toList());
        assertEquals(List.of("OUT-10", "OUT-11"), shareOutcome.epics().stream().map(e -> e.issue().key()).toList());
        OutcomeTree.Epic portal = shareOutcome.epics().get(0);
        assertEquals(2, portal.done());
        assertEquals(2, portal.total());
        assertEquals(50.0, portal.score(), 1e-9);
        assertNull(shareOutcome.epics().get(1).rice());
        assertEquals(List.of("OUT-3"), tree.unassigned().stream().map(o -> o.issue().key()).toList());
    }

    @Test
    public void aLeadingIndicatorWhoseParentIsElsewhereStaysAtTheTopOfItsIssue() {
        fx.work.outcome("OUT-2", "Share", null).outcome("OUT-3", "Visits", null);
        long share = define("OUT-2", outcome("Share", 10, 20, d(1, 1), d(12, 31)));
        define("OUT-3", leading("Visits", 100, 200, share));
        OutcomeTree tree = fx.core.tree().tree("viewer", "OUT", AS_OF);
        assertEquals(1, tree.unassigned().get(1).metrics().size());
        assertEquals(List.of(), tree.unassigned().get(1).metrics().get(0).leading());
    }

    @Test
    public void showsOnlyWhatTheCallerMayBrowse() {
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-2", "Share", "OUT-1")
                .challenge("MKT-1", "Brand").outcome("MKT-2", "Awareness", "MKT-1");
        assertThrows(NotFoundException.class, () -> fx.core.tree().tree("outsider", "OUT", AS_OF));
        OutcomeTree mkt = fx.core.tree().tree("outsider", "MKT", AS_OF);
        assertEquals(List.of("MKT-1"), mkt.challenges().stream().map(c -> c.issue().key()).toList());
    }

    @Test
    public void aClosedOutcomeIsMarkedAndItsMetricsAreFrozenOnItsClosingDay() {
        // given two outcomes measured on 1 and 20 Nov; OUT-2 closed on 10 Nov
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-2", "Share", "OUT-1").outcome("OUT-3", "Churn", "OUT-1");
        long share = define("OUT-2", outcome("Share", 10, 20, d(1, 1), d(12, 31)));
        long churn = define("OUT-3", outcome("Churn", 10, 20, d(1, 1), d(12, 31)));
        for (long metric : new long[] {share, churn}) {
            fx.core.readings().record("admin", metric, new NewReading(12, d(11, 1), null, null, null));
            fx.core.readings().record("admin", metric, new NewReading(19, d(11, 20), null, null, null));
        }
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("MISSED", "the market moved", d(11, 10)));

        // when
        List<OutcomeTree.Outcome> outcomes = fx.core.tree().tree("viewer", "OUT", AS_OF).challenges().get(0).outcomes();

        // then the closed one is marked and reads as on 10 Nov (12), never stale; the open one reads 19
        OutcomeTree.Outcome closed = outcomes.stream().filter(o -> o.issue().key().equals("OUT-2")).findFirst().orElseThrow();
        OutcomeTree.Outcome open = outcomes.stream().filter(o -> o.issue().key().equals("OUT-3")).findFirst().orElseThrow();
        assertTrue(closed.closed());
        assertFalse(open.closed());
        assertEquals(12.0, closed.metrics().get(0).metric().evaluation().current(), 0.0);
        assertFalse(closed.metrics().get(0).metric().evaluation().stale());
        assertEquals(19.0, open.metrics().get(0).metric().evaluation().current(), 0.0);
    }

    @Test
    public void anUnknownProjectIsNotFoundAndAMissingOneIsRejected() {
        fx.work.outcome("OUT-2", "Share", null);
        assertThrows(NotFoundException.class, () -> fx.core.tree().tree("viewer", "NOPE", AS_OF));
        assertEquals("project", assertThrows(ValidationException.class,
                () -> fx.core.tree().tree("viewer", " ", AS_OF)).errors().get(0).field());
    }

    // Outside the runner's rolled-back transaction: the database is rebuilt after it, so nothing written here
    // reaches the next test (some of its writes were seen to outlive the rollback; the cause is not found yet).
    @Test
    @NonTransactional
    public void readsTwoOrTwentyOutcomesWithTheSameStatementsAndHostCalls() {
        // when
        int[] small = costOf(2);
        int[] large = costOf(20);
        // then: metrics, reading series, RICE and closures are one statement each; portfolio, links and one epic search
        assertEquals(4, small[0]);
        assertEquals(4, large[0]);
        assertEquals(3, small[1]);
        assertEquals(3, large[1]);
        assertEquals(small[2], large[2]);
    }

    /** {SQL statements, work-tracker calls, permission round trips} to build the tree of a portfolio of this size. */
    private int[] costOf(int outcomes) {
        ServiceFixture fresh = new ServiceFixture(entityManager);
        String project = "P" + outcomes;
        fresh.work.challenge(project + "-1", "Challenge");
        for (int i = 0; i < outcomes; i++) {
            String key = project + "-" + (100 + i);
            String epic = project + "-" + (500 + i);
            fresh.work.outcome(key, "Outcome " + i, project + "-1").epic(epic, "Epic " + i, key, 1, d(11, 10));
            long metric = fresh.core.metrics().define("admin", key, outcome("M" + i, 0, 10, d(1, 1), d(12, 31)))
                    .metric().id();
            fresh.core.metrics().define("admin", key, leading("L" + i, 0, 10, metric));
            fresh.core.readings().record("admin", metric, new NewReading(5, d(11, 1), null, null, null));
            fresh.core.epics().setRice("admin", key, epic, new RiceScore(10, 1, 1, 1));
        }
        fresh.work.calls.set(0);
        fresh.access.calls.set(0);
        AtomicInteger statements = new AtomicInteger();
        DatabaseProvider.SqlListener counter = sql -> statements.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            OutcomeTree tree = fresh.core.tree().tree("viewer", project, AS_OF);
            assertEquals(outcomes, tree.challenges().get(0).outcomes().size());
            tree.challenges().get(0).outcomes().forEach(o -> assertEquals(1, o.metrics().get(0).leading().size()));
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return new int[] {statements.get(), fresh.work.calls.get(), fresh.access.calls.get()};
    }

    private long define(String issueKey, MetricDefinition def) {
        return fx.core.metrics().define("admin", issueKey, def).metric().id();
    }
}
