package com.outcomes.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.NewCheckIn;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ForbiddenException;
import com.outcomes.error.NotFoundException;
import com.outcomes.i18n.Messages;
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
public class CheckInServiceTest {

    private EntityManager entityManager;
    private ServiceFixture fx;
    private CheckInService checkIns;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.work.challenge("OUT-1", "Improve customer satisfaction")
                .outcome("OUT-2", "Promoters recommend us", "OUT-1")
                .outcome("OUT-3", "Support answers fast", "OUT-1")
                .epic("OUT-10", "Faster support replies", "OUT-2", 1);
        checkIns = fx.core.checkIns();
    }

    @Test
    public void anEditorAddsACheckInStampedWithThemAndNow() {
        // when
        CheckIn stored = checkIns.add("admin", "OUT-2", new NewCheckIn(6, "  on track, churn down  "));

        // then
        assertEquals(new CheckIn(stored.id(), "OUT-2", 6, "on track, churn down", "admin", ServiceFixture.CLOCK.instant()),
                stored);
        assertEquals(List.of(stored), checkIns.checkInsOf("viewer", "OUT-2"));
    }

    @Test
    public void aViewerMayListButNotAdd() {
        assertThrows(ForbiddenException.class, () -> checkIns.add("viewer", "OUT-2", new NewCheckIn(6, null)));
        assertEquals(List.of(), checkIns.checkInsOf("viewer", "OUT-2"));
    }

    @Test
    public void anOutcomeTheCallerMayNotSeeIsNotFoundForReadingAndWriting() {
        assertThrows(NotFoundException.class, () -> checkIns.checkInsOf("outsider", "OUT-2"));
        assertThrows(NotFoundException.class, () -> checkIns.add("outsider", "OUT-2", new NewCheckIn(6, null)));
    }

    @Test
    public void anUnknownKeyOrAnEpicIsNotFound() {
        assertThrows(NotFoundException.class, () -> checkIns.checkInsOf("admin", "OUT-99"));
        assertThrows(NotFoundException.class, () -> checkIns.add("admin", "OUT-10", new NewCheckIn(6, null)));
    }

    @Test
    public void aChallengeIsABadRequestNamingTheKey() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> checkIns.add("admin", "OUT-1", new NewCheckIn(6, null)));
        assertEquals(List.of(new FieldError("key", "outcomes.checkin.error.challenge", "OUT-1")), e.errors());
        assertThrows(ValidationException.class, () -> checkIns.checkInsOf("admin", "OUT-1"));
    }

    @Test
    public void aBadCheckInStoresNothing() {
        assertThrows(ValidationException.class, () -> checkIns.add("admin", "OUT-2", new NewCheckIn(11, "x")));
        assertEquals(List.of(), checkIns.checkInsOf("admin", "OUT-2"));
    }

    @Test
    public void theDashboardShowsEachOutcomesLatestCheckInAndFlagsLowConfidence() {
        // given OUT-2's confidence fell to 3; OUT-3 has none
        fx.core.checkInRepository().append("OUT-2", new NewCheckIn(7, "fine"), "admin", Instant.parse("2026-11-01T09:00:00Z"));
        CheckIn latest = fx.core.checkInRepository().append("OUT-2", new NewCheckIn(3, "blocked"), "bob",
                Instant.parse("2026-11-20T09:00:00Z"));

        // when
        Dashboard dashboard = fx.core.dashboard().dashboard("viewer", "OUT", null, 12, ServiceFixture.TODAY);

        // then
        OutcomeRow out2 = dashboard.challenges().get(0).outcomes().get(0);
        OutcomeRow out3 = dashboard.challenges().get(0).outcomes().get(1);
        assertEquals(latest, out2.checkin());
        Signal low = out2.signals().stream().filter(s -> s.code().equals(Signal.CONFIDENCE_LOW)).findFirst().orElseThrow();
        assertEquals("Confidence is low: 3/10 in the latest check-in by bob.",
                Messages.english().get(low.messageKey(), low.args().toArray()));
        assertNull(out3.checkin());
        assertTrue(out3.signals().stream().noneMatch(s -> s.code().equals(Signal.CONFIDENCE_LOW)));
    }

    @Test
    public void aConfidenceOfFourIsNoSignal() {
        fx.core.checkInRepository().append("OUT-2", new NewCheckIn(4, null), "admin", Instant.parse("2026-11-20T09:00:00Z"));

        Dashboard dashboard = fx.core.dashboard().dashboard("viewer", "OUT", null, 12, ServiceFixture.TODAY);

        assertTrue(dashboard.challenges().get(0).outcomes().get(0).signals().stream()
                .noneMatch(s -> s.code().equals(Signal.CONFIDENCE_LOW)));
    }

    @Test
    public void theSprintReviewShowsTheCheckInsMadeDuringTheSprintNewestFirst() {
        // given a sprint from Monday 2 to Sunday 15 November, done work in OUT-2's epic
        LocalDate start = LocalDate.of(2026, 11, 2);
        LocalDate end = LocalDate.of(2026, 11, 15);
        fx.work.sprint(new Sprint(7, "Sprint 7", "closed", start, end),
                new SprintIssue("OUT-100", "OUT-10", true, start.plusDays(3)));
        var repository = fx.core.checkInRepository();
        repository.append("OUT-2", new NewCheckIn(8, "before"), "admin", Instant.parse("2026-11-01T23:59:59Z"));
        CheckIn first = repository.append("OUT-2", new NewCheckIn(7, "first day"), "admin",
                Instant.parse("2026-11-02T00:00:00Z"));
        CheckIn last = repository.append("OUT-2", new NewCheckIn(5, "last day"), "bob",
                Instant.parse("2026-11-15T23:59:59Z"));
        repository.append("OUT-2", new NewCheckIn(4, "after"), "admin", Instant.parse("2026-11-16T00:00:00Z"));

        // when
        SprintReview review = fx.core.sprintReview().review("viewer", 7);

        // then
        assertEquals(List.of(last, first), review.outcomes().get(0).checkins());
    }
}
