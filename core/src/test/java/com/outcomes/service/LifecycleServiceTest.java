package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.TODAY;
import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import com.outcomes.domain.Closure;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.NewClosure;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ConflictException;
import com.outcomes.error.ForbiddenException;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.store.StoreTestDatabase;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class LifecycleServiceTest {

    /** Ten days ago: the day the outcome closes in most tests. */
    private static final LocalDate CLOSED_ON = TODAY.minusDays(10);

    private EntityManager entityManager;
    private ServiceFixture fx;
    private long csat;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.work.challenge("OUT-1", "Improve customer satisfaction")
                .outcome("OUT-2", "Customers are satisfied", "OUT-1")
                .outcome("OUT-3", "Fewer customers leave", "OUT-1")
                .epic("OUT-10", "Help centre", "OUT-2", 1);
        // baseline 0, target 100 over 100 days; weekly cadence, so it goes stale without readings
        csat = fx.core.metrics().define("admin", "OUT-2", new com.outcomes.domain.MetricDefinition(
                com.outcomes.domain.MetricKind.OUTCOME, "CSAT", "%", 0.0, 100.0, TODAY.minusDays(50),
                TODAY.plusDays(50), 7, null, null, null, null)).metric().id();
        record(csat, 30, TODAY.minusDays(20));
        record(csat, 60, TODAY.minusDays(5));
    }

    @Test
    public void closingKeepsWhoAndWhenAndScoresTheOutcomeMetricAsOfTheClosingDay() {
        // when
        Closure closure = fx.core.lifecycle().close("admin", "OUT-2",
                new NewClosure("MISSED", " Onboarding was not the bottleneck ", CLOSED_ON));

        // then the reading after the closing day does not count
        assertEquals(OutcomeResult.MISSED, closure.result());
        assertEquals("Onboarding was not the bottleneck", closure.learning());
        assertEquals(CLOSED_ON, closure.closedOn());
        assertEquals("admin", closure.closedBy());
        assertEquals(0.3, closure.finalScore(), 1e-9);
        assertEquals(closure, fx.core.lifecycle().closureOf("viewer", "OUT-2"));
    }

    @Test
    public void anOutcomeWithoutAnOutcomeMetricClosesWithoutAFinalScoreOnTodayByDefault() {
        Closure closure = fx.core.lifecycle().close("admin", "OUT-3", new NewClosure("ACHIEVED", null, null));

        assertNull(closure.finalScore());
        assertEquals(TODAY, closure.closedOn());
    }

    @Test
    public void aClosedOutcomesMetricsTakeNoReadingsImportsOrChanges() {
        // given
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("ABANDONED", "priorities changed", CLOSED_ON));

        // then every write names the outcome with a conflict
        ConflictException reading = assertThrows(ConflictException.class, () -> record(csat, 70, TODAY));
        assertEquals("OUT-2", reading.field());
        assertThrows(ConflictException.class, () -> fx.core.readings().importCsv("admin", csat, "2026-11-20,70\n"));
        assertThrows(ConflictException.class, () -> fx.core.metrics().update("admin", csat,
                outcome("CSAT renamed", 0, 100, TODAY.minusDays(50), TODAY.plusDays(50))));
        assertThrows(ConflictException.class, () -> fx.core.metrics().define("admin", "OUT-2",
                outcome("NPS", 0, 100, TODAY.minusDays(50), TODAY.plusDays(50))));
        assertEquals(2, fx.core.readings().history("viewer", csat).size());
    }

    @Test
    public void aClosedOutcomesMetricIsEvaluatedOnTheClosingDayAndNeverStale() {
        // given closed on a day its weekly metric was already stale (last reading 20 days ago then)
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("MISSED", "learned", CLOSED_ON));

        // when
        MetricEvaluation today = fx.core.metrics().get("viewer", csat, TODAY).evaluation();
        MetricEvaluation before = fx.core.metrics().get("viewer", csat, CLOSED_ON.minusDays(5)).evaluation();

        // then
        assertEquals(CLOSED_ON, today.asOf());
        assertEquals(30, today.current(), 0);
        assertFalse(today.stale());
        assertEquals(CLOSED_ON.minusDays(5), before.asOf());
        assertFalse(before.stale());
        // the panel shows the same frozen values
        IssuePanel panel = fx.core.issuePanel().panel("viewer", "OUT-2");
        assertEquals(30, panel.metrics().get(0).metric().evaluation().current(), 0);
        assertFalse(panel.metrics().get(0).metric().evaluation().stale());
        assertEquals(OutcomeResult.MISSED, panel.closure().result());
    }

    @Test
    public void theSprintReviewSeesAClosedOutcomeAsItStoodOnItsClosingDay() {
        // given a sprint that ended after the outcome closed, with a reading dated after the closing day
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("MISSED", "learned", CLOSED_ON));
        LocalDate start = TODAY.minusDays(21);
        fx.work.sprint(new Sprint(7, "Sprint 7", "closed", start, TODAY.minusDays(1)),
                new SprintIssue("OUT-100", "OUT-10", true, start.plusDays(2)));

        // when
        SprintReview.Movement movement = fx.core.sprintReview().review("viewer", 7).outcomes().get(0).movements().get(0);

        // then the later reading of 60 does not count, and the frozen metric is not stale
        assertEquals(Double.valueOf(30), movement.endValue());
        assertFalse(movement.stale());
    }

    @Test
    public void reopeningRestoresReadingsAndTodaysEvaluation() {
        // given
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("MISSED", "learned", CLOSED_ON));

        // when
        Closure ended = fx.core.lifecycle().reopen("admin", "OUT-2");

        // then
        assertEquals("learned", ended.learning());
        assertNull(fx.core.lifecycle().closureOf("viewer", "OUT-2"));
        record(csat, 70, TODAY);
        MetricEvaluation e = fx.core.metrics().get("viewer", csat, TODAY).evaluation();
        assertEquals(TODAY, e.asOf());
        assertEquals(70, e.current(), 0);
    }

    @Test
    public void closingAClosedOutcomeOrReopeningAnOpenOneIsAConflict() {
        assertThrows(ConflictException.class, () -> fx.core.lifecycle().reopen("admin", "OUT-2"));
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("ACHIEVED", null, CLOSED_ON));
        assertThrows(ConflictException.class,
                () -> fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("ACHIEVED", null, CLOSED_ON)));
    }

    @Test
    public void onlyEditorsCloseAndReopen() {
        assertThrows(ForbiddenException.class,
                () -> fx.core.lifecycle().close("viewer", "OUT-2", new NewClosure("ACHIEVED", null, null)));
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("ACHIEVED", null, null));
        assertThrows(ForbiddenException.class, () -> fx.core.lifecycle().reopen("viewer", "OUT-2"));
    }

    @Test
    public void onlyVisibleOutcomeIssuesHaveALifecycle() {
        NewClosure achieved = new NewClosure("ACHIEVED", null, null);
        for (String notAnOutcome : List.of("OUT-1", "OUT-10", "OUT-404")) {
            assertThrows(notAnOutcome, NotFoundException.class,
                    () -> fx.core.lifecycle().close("admin", notAnOutcome, achieved));
        }
        assertThrows(NotFoundException.class, () -> fx.core.lifecycle().close("outsider", "OUT-2", achieved));
        assertThrows(NotFoundException.class, () -> fx.core.lifecycle().reopen("outsider", "OUT-2"));
    }

    @Test
    public void badInputStoresNothing() {
        assertThrows(ValidationException.class,
                () -> fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("MISSED", "", null)));
        assertNull(fx.core.lifecycle().closureOf("admin", "OUT-2"));
    }

    @Test
    public void whatWeLearnedListsTheProjectsClosedOutcomesNewestFirst() {
        // given
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("MISSED", "older", CLOSED_ON));
        fx.core.lifecycle().close("admin", "OUT-3", new NewClosure("ABANDONED", "newer", TODAY.minusDays(1)));

        // when
        List<ClosedOutcome> closed = fx.core.lifecycle().closed("viewer", "OUT");

        // then
        assertEquals(List.of("OUT-3", "OUT-2"), closed.stream().map(c -> c.outcome().key()).toList());
        assertEquals("Fewer customers leave", closed.get(0).outcome().summary());
        assertEquals("newer", closed.get(0).closure().learning());
    }

    @Test
    public void whatWeLearnedOfAProjectTheCallerCannotBrowseIsNotFound() {
        assertThrows(NotFoundException.class, () -> fx.core.lifecycle().closed("outsider", "OUT"));
        assertThrows(NotFoundException.class, () -> fx.core.lifecycle().closed("admin", "NOPE"));
        assertThrows(ValidationException.class, () -> fx.core.lifecycle().closed("admin", null));
    }

    @Test
    public void theDashboardLeavesClosedOutcomesOutUnlessAskedFor() {
        // given
        fx.core.lifecycle().close("admin", "OUT-2", new NewClosure("MISSED", "learned", CLOSED_ON));

        // when
        Dashboard without = fx.core.dashboard().dashboard("viewer", "OUT", null, 4, TODAY);
        Dashboard with = fx.core.dashboard().dashboard("viewer", "OUT", null, 4, TODAY, true);

        // then
        assertEquals(List.of("OUT-3"), keys(without));
        assertEquals(List.of("OUT-2", "OUT-3"), keys(with));
        OutcomeRow closed = with.challenges().get(0).outcomes().get(0);
        assertEquals(OutcomeResult.MISSED, closed.closed().result());
        assertFalse(closed.metrics().get(0).evaluation().stale());
        assertTrue(closed.signals().stream().noneMatch(s -> s.code().equals(Signal.STALE)));
        assertNull(with.challenges().get(0).outcomes().get(1).closed());
    }

    private static List<String> keys(Dashboard dashboard) {
        return dashboard.challenges().get(0).outcomes().stream().map(r -> r.issue().key()).toList();
    }

    private void record(long metricId, double value, LocalDate on) {
        fx.core.readings().record("admin", metricId, new NewReading(value, on, null, null, null));
    }
}
