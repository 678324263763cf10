package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import net.java.ao.EntityManager;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Status;
import com.outcomes.error.NotFoundException;
import com.outcomes.i18n.Messages;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class SprintReviewServiceTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final LocalDate END = LocalDate.of(2026, 11, 15);

    private EntityManager entityManager;
    private ServiceFixture fx;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.work.challenge("OUT-1", "Improve customer satisfaction")
                .outcome("OUT-2", "Promoters recommend us", "OUT-1")
                .epic("OUT-10", "Faster support replies", "OUT-2", 0)
                .epic("OUT-11", "Unlinked plumbing", "OUT-99", 0);
    }

    @Test
    public void readsAloudOutputNextToTheOutcomeMovement() {
        // given NPS 41 before the sprint and 43 at its end, 12 tickets done in the outcome's epic
        long nps = fx.core.metrics().define("admin", "OUT-2", new MetricDefinition(MetricKind.OUTCOME, "NPS", null,
                32.0, 50.0, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31), 14, null, null, null, null)).metric().id();
        fx.core.readings().record("admin", nps, new NewReading(41, START.minusDays(1), null, null, null));
        fx.core.readings().record("admin", nps, new NewReading(43, END, null, null, null));
        SprintIssue[] issues = new SprintIssue[14];
        for (int i = 0; i < 12; i++) {
            issues[i] = new SprintIssue("OUT-" + (100 + i), "OUT-10", true, START.plusDays(i));
        }
        issues[12] = new SprintIssue("OUT-200", "OUT-10", false, null);
        issues[13] = new SprintIssue("OUT-201", null, true, END);
        fx.work.sprint(new Sprint(7, "Sprint 7", "closed", START, END), issues);
        // when
        SprintReview review = fx.core.sprintReview().review("viewer", 7);
        // then
        assertEquals(13, review.doneInSprint());
        assertEquals(1, review.doneOutsideOutcomes());
        SprintReview.Entry entry = review.outcomes().get(0);
        assertEquals(12, entry.done());
        SprintReview.Movement movement = entry.movements().get(0);
        assertEquals(Double.valueOf(41), movement.startValue());
        assertEquals(Double.valueOf(43), movement.endValue());
        assertEquals(Status.ON_TRACK, movement.status());
        assertEquals("12 tickets done; NPS moved 41 \u2192 43, on track.", Messages.english().get(entry.sentence()));
    }

    @Test
    public void checksPermissionsOfTheSprintsIssuesInBatches() {
        SprintIssue[] issues = new SprintIssue[30];
        for (int i = 0; i < issues.length; i++) {
            issues[i] = new SprintIssue("OUT-" + (300 + i), "OUT-10", true, START.plusDays(1));
        }
        fx.work.sprint(new Sprint(9, "Sprint 9", "closed", START, END), issues);
        fx.access.calls.set(0);
        // when
        SprintReview review = fx.core.sprintReview().review("viewer", 9);
        // then: done issues in one check, touched outcomes in one check
        assertEquals(30, review.doneInSprint());
        assertEquals(2, fx.access.calls.get());
    }

    @Test
    public void unknownSprintIsNotFound() {
        assertThrows(NotFoundException.class, () -> fx.core.sprintReview().review("viewer", 404));
    }

    @Test
    public void sprintWithoutAnIssueTheCallerMayBrowseIsNotFound() {
        // given a sprint of OUT issues only; outsider browses MKT alone
        fx.work.sprint(new Sprint(11, "Secret launch", "active", START, END),
                new SprintIssue("OUT-100", "OUT-10", true, END), new SprintIssue("OUT-101", "OUT-10", false, null));

        // when / then: the same answer as for a sprint that does not exist, so neither name nor dates leak
        NotFoundException e = assertThrows(NotFoundException.class, () -> fx.core.sprintReview().review("outsider", 11));
        assertEquals("outcomes.error.sprintNotFound", e.messageKey());
    }

    @Test
    public void oneBrowsableIssueIsEnoughToSeeTheSprintButOnlyItCounts() {
        // given one MKT issue among OUT issues; outsider browses MKT alone
        fx.work.sprint(new Sprint(12, "Shared sprint", "closed", START, END),
                new SprintIssue("OUT-100", "OUT-10", true, END), new SprintIssue("MKT-1", null, true, END));

        // when
        SprintReview review = fx.core.sprintReview().review("outsider", 12);

        // then
        assertEquals(1, review.doneInSprint());
        assertEquals(0, review.outcomes().size());
    }

    @Test
    public void saysSoWhenTheOutcomeWasNotMeasured() {
        fx.core.metrics().define("admin", "OUT-2", outcome("NPS", 32, 50, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31)));
        fx.work.sprint(new Sprint(8, "Sprint 8", "closed", START, END), new SprintIssue("OUT-100", "OUT-10", true, END));
        SprintReview review = fx.core.sprintReview().review("viewer", 8);
        assertEquals("1 ticket done; NPS was not measured \u2014 running blind.",
                Messages.english().get(review.outcomes().get(0).sentence()));
    }
}
