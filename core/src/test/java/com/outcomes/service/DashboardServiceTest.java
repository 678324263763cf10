package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import net.java.ao.EntityManager;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class DashboardServiceTest {

    /** A Wednesday: the 4-week window runs Monday 2 Nov through Wednesday 25 Nov. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

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
    public void countsDoneIssuesPerCalendarWeekOfTheWindow() {
        // given done on: Sun 1 Nov (before), Mon 2 Nov, Sun 8 Nov, Mon 9 Nov, Wed 25 Nov, Thu 26 Nov (after asOf)
        fx.work.challenge("OUT-1", "Improve customer satisfaction")
                .outcome("OUT-2", "Customers are satisfied", "OUT-1")
                .epic("OUT-10", "Self-service help centre", "OUT-2", 3,
                        d(11, 1), d(11, 2), d(11, 8), d(11, 9), d(11, 25), d(11, 26));
        // when
        Dashboard dashboard = fx.core.dashboard().dashboard("viewer", "OUT", null, 4, AS_OF);
        // then
        Output output = dashboard.challenges().get(0).outcomes().get(0).output();
        assertEquals(4, output.doneInWindow());
        assertEquals(List.of(new WeekCount(d(11, 2), 2), new WeekCount(d(11, 9), 1),
                new WeekCount(d(11, 16), 0), new WeekCount(d(11, 23), 1)), output.doneByWeek());
        assertEquals(List.of(new EpicOutput(fx.work.issue("OUT-10").orElseThrow(), 6, 9)), output.epics());
    }

    @Test
    public void groupsOutcomesUnderTheirChallengeWithTheMeanOkrScore() {
        // given two outcomes at 50% and 100%+ progress, and one outcome without a challenge
        fx.work.challenge("OUT-1", "Improve customer satisfaction")
                .outcome("OUT-2", "CSAT", "OUT-1")
                .outcome("OUT-3", "NPS", "OUT-1")
                .outcome("OUT-4", "Churn", null);
        long csat = define("OUT-2", outcome("CSAT", 75, 90, d(1, 1), d(12, 31)));
        long nps = define("OUT-3", outcome("NPS", 32, 50, d(1, 1), d(12, 31)));
        record(csat, 82.5, d(11, 20));
        record(nps, 55, d(11, 20));
        // when
        Dashboard dashboard = fx.core.dashboard().dashboard("viewer", "OUT", null, 12, AS_OF);
        // then
        ChallengeGroup group = dashboard.challenges().get(0);
        assertEquals(0.75, group.okrScore(), 1e-9);
        assertEquals(List.of("OUT-2", "OUT-3"), group.outcomes().stream().map(o -> o.issue().key()).toList());
        assertEquals(List.of("OUT-4"), dashboard.unassigned().stream().map(o -> o.issue().key()).toList());
    }

    @Test
    public void flagsStaleMetricsOutcomesWithoutEpicsAndOutputWithoutOutcome() {
        // given a flat outcome metric and 10 issues done in the window
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-2", "Market share", "OUT-1")
                .outcome("OUT-3", "NPS", "OUT-1")
                .epic("OUT-10", "Dealer portal", "OUT-2", 0, d(11, 3), d(11, 4), d(11, 5), d(11, 6), d(11, 10),
                        d(11, 11), d(11, 12), d(11, 17), d(11, 18), d(11, 24));
        long share = define("OUT-2", outcome("Market share", 10, 20, d(10, 1), d(12, 31)));
        record(share, 14.0, d(10, 20));
        record(share, 14.1, d(11, 24));
        define("OUT-3", outcome("NPS", 32, 50, d(1, 1), d(12, 31)));
        // when
        Dashboard dashboard = fx.core.dashboard().dashboard("viewer", "OUT", null, 4, AS_OF);
        // then
        List<OutcomeRow> rows = dashboard.challenges().get(0).outcomes();
        assertEquals(List.of(Signal.OUTPUT_WITHOUT_OUTCOME), codes(rows.get(0)));
        assertEquals(List.of(Signal.STALE, Signal.NO_EPICS), codes(rows.get(1)));
    }

    @Test
    public void showsOnlyWhatTheViewerMayBrowseAndCallsAnInvisibleProjectNotFound() {
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-2", "Share", "OUT-1")
                .challenge("MKT-1", "Brand").outcome("MKT-2", "Awareness", "MKT-1");
        assertThrows(NotFoundException.class, () -> fx.core.dashboard().dashboard("outsider", "OUT", null, 4, AS_OF));
        assertEquals(1, fx.core.dashboard().dashboard("outsider", "MKT", null, 4, AS_OF).challenges().size());
    }

    @Test
    public void unknownProjectIsNotFoundRatherThanAnEmptyDashboard() {
        // given
        fx.work.challenge("OUT-1", "Grow");
        // when
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> fx.core.dashboard().dashboard("viewer", "NOPE", null, 4, AS_OF));
        // then
        assertEquals("outcomes.error.projectNotFound", e.messageKey());
    }

    @Test
    public void challengeNamingAnOutcomeSaysItIsNotAChallenge() {
        // given
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-4", "Share", "OUT-1");
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.core.dashboard().dashboard("viewer", "OUT", "OUT-4", 4, AS_OF));
        // then
        assertEquals("challenge", e.errors().get(0).field());
        assertEquals("outcomes.error.notAChallenge", e.errors().get(0).messageKey());
    }

    @Test
    public void forecastFallingShortWhileOnTrackRaisesForecastShortWithThePaceNeededAndSeen() {
        // given: 10 → 20 % over 2026; 18.2 % on 20 Nov is on track, but the line through the readings ends near 19.3 %
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-4", "Market share", "OUT-1")
                .epic("OUT-10", "Dealer portal", "OUT-4", 1, d(11, 3));
        long share = define("OUT-4", outcome("Market share", 10, 20, d(1, 1), d(12, 31)));
        record(share, 16, d(9, 1));
        record(share, 17, d(10, 1));
        record(share, 18.2, d(11, 20));
        // when
        OutcomeRow row = fx.core.dashboard().dashboard("viewer", "OUT", null, 4, AS_OF).challenges().get(0).outcomes().get(0);
        // then
        Signal signal = row.signals().stream().filter(s -> s.code().equals(Signal.FORECAST_SHORT)).findFirst().orElseThrow();
        String text = com.outcomes.i18n.Messages.english().get(signal.messageKey(), signal.args().toArray());
        assertTrue(text, text.startsWith("Market share is on track today, but its trend falls short"));
        assertTrue(text, text.contains("It needs +1.5 pts a month"));
    }

    @Test
    public void epicsAreListedInKeyNumberOrderAndTheChallengeCarriesItsKpi() {
        // given
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-4", "Share", "OUT-1")
                .epic("OUT-101", "Later epic", "OUT-4", 1)
                .epic("OUT-76", "Earlier epic", "OUT-4", 1);
        define("OUT-1", new com.outcomes.domain.MetricDefinition(com.outcomes.domain.MetricKind.KPI, "Renewable energy revenue",
                "M\u20ac", 12.0, 20.0, d(1, 1), d(12, 31), 30, null, null, null, null));
        // when
        ChallengeGroup group = fx.core.dashboard().dashboard("viewer", "OUT", null, 4, AS_OF).challenges().get(0);
        // then
        assertEquals(List.of("OUT-76", "OUT-101"),
                group.outcomes().get(0).output().epics().stream().map(e -> e.epic().key()).toList());
        assertEquals(List.of("Renewable energy revenue"),
                group.metrics().stream().map(v -> v.metric().definition().name()).toList());
    }

    @Test
    public void aWindowWithTooLittleOutputSaysWhyOutputWithoutOutcomeIsAbsent() {
        // given 3 tickets done in the window and a flat outcome
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-2", "Market share", "OUT-1")
                .epic("OUT-10", "Dealer portal", "OUT-2", 0, d(11, 3), d(11, 4), d(11, 5));
        long share = define("OUT-2", outcome("Market share", 10, 20, d(10, 1), d(12, 31)));
        record(share, 14.0, d(10, 20));
        record(share, 14.0, d(11, 24));
        // when
        OutcomeRow row = fx.core.dashboard().dashboard("viewer", "OUT", null, 4, AS_OF).challenges().get(0).outcomes().get(0);
        // then
        assertEquals(List.of(), codes(row));
        Signal note = row.notes().get(0);
        assertEquals("Not checked for output without outcome: 3 tickets done in these 4 weeks, and the check needs at least 10.",
                com.outcomes.i18n.Messages.english().get(note.messageKey(), note.args().toArray()));
    }

    @Test
    public void filtersToOneChallengeAndRejectsAnUnknownOne() {
        fx.work.challenge("OUT-1", "Grow").outcome("OUT-2", "Share", "OUT-1")
                .challenge("OUT-5", "Retain").outcome("OUT-6", "Churn", "OUT-5").outcome("OUT-7", "Loose", null);
        Dashboard one = fx.core.dashboard().dashboard("viewer", null, "OUT-5", 4, AS_OF);
        assertEquals(List.of("OUT-5"), one.challenges().stream().map(c -> c.issue().key()).toList());
        assertEquals(List.of("OUT-6"), one.challenges().get(0).outcomes().stream().map(o -> o.issue().key()).toList());
        assertTrue(one.unassigned().isEmpty());
        assertThrows(NotFoundException.class, () -> fx.core.dashboard().dashboard("viewer", "OUT", "OUT-99", 4, AS_OF));
    }

    @Test
    public void rejectsAMissingProjectAndAWindowOutOfRange() {
        assertEquals("project", assertThrows(ValidationException.class,
                () -> fx.core.dashboard().dashboard("viewer", null, null, 4, AS_OF)).errors().get(0).field());
        assertEquals("weeks", assertThrows(ValidationException.class,
                () -> fx.core.dashboard().dashboard("viewer", "OUT", null, 0, AS_OF)).errors().get(0).field());
    }

    @Test
    public void asksTheHostTheSameNumberOfTimesForTwoOrTwentyOutcomes() {
        assertEquals(hostCallsFor(2, false), hostCallsFor(20, false));
    }

    @Test
    public void checksPermissionsInBatchesNotPerOutcomeOrEpic() {
        assertEquals(hostCallsFor(2, true), hostCallsFor(20, true));
    }

    private int hostCallsFor(int outcomes, boolean permissionChecks) {
        ServiceFixture fresh = new ServiceFixture(entityManager);
        fresh.work.challenge("P" + outcomes + "-1", "Challenge");
        for (int i = 0; i < outcomes; i++) {
            String key = "P" + outcomes + "-" + (100 + i);
            fresh.work.outcome(key, "Outcome " + i, "P" + outcomes + "-1")
                    .epic("P" + outcomes + "-" + (500 + i), "Epic " + i, key, 1, d(11, 10));
        }
        fresh.work.calls.set(0);
        fresh.access.calls.set(0);
        fresh.core.dashboard().dashboard("viewer", "P" + outcomes, null, 4, AS_OF);
        return permissionChecks ? fresh.access.calls.get() : fresh.work.calls.get();
    }

    private long define(String issueKey, com.outcomes.domain.MetricDefinition def) {
        return fx.core.metrics().define("admin", issueKey, def).metric().id();
    }

    private void record(long metricId, double value, LocalDate day) {
        fx.core.readings().record("admin", metricId, new NewReading(value, day, null, null, null));
    }

    private static List<String> codes(OutcomeRow row) {
        return row.signals().stream().map(Signal::code).toList();
    }
}
