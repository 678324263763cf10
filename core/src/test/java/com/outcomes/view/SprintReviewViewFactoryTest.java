package com.outcomes.view;

import static com.outcomes.view.Answers.ZONE;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.Status;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;
import com.outcomes.service.Message;
import com.outcomes.service.SprintReview;

public class SprintReviewViewFactoryTest {

    private static final Sprint SPRINT_7 = new Sprint(7, "Sprint 7", "closed", LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 15));
    private static final Metric NPS = new Metric(3, "OUT-3", new MetricDefinition(MetricKind.OUTCOME, "NPS", "", 32.0, 50.0,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null, null, null, null));

    private final SprintReviewViewFactory factory = new SprintReviewViewFactory(I18n.english(), ZONE);

    private static SprintReview review(Sprint sprint, List<SprintReview.EpicDone> epics, List<SprintReview.Movement> movements,
                                       Message sentence) {
        return new SprintReview(sprint, 15, 3, List.of(new SprintReview.Entry(
                new IssueRef("OUT-3", "<b>Promoters</b>", "OUT", IssueRef.OUTCOME), epics, 12, movements, sentence)));
    }

    @Test
    public void reviewSignsTheChangeAndWordsTheSentenceWithTheStatusInside() {
        // given
        SprintReview review = review(SPRINT_7, List.of(new SprintReview.EpicDone("OUT-20", 7), new SprintReview.EpicDone("OUT-21", 5)),
                List.of(new SprintReview.Movement(NPS, 41.0, 43.0, Status.ON_TRACK, false)),
                new Message("outcomes.review.sentence.moved", 12, "NPS", "41", "43", new Message("outcomes.status.ON_TRACK")));

        // when
        SprintReviewView view = factory.view(review, "");

        // then
        assertEquals(7, view.getSprintId());
        assertEquals("Sprint 7", view.getNameHtml());
        assertEquals("2 Nov 2026 \u2013 15 Nov 2026", view.getDatesHtml());
        assertEquals("closed", view.getStateLabelHtml());
        assertEquals(15, view.getDoneInSprint());
        assertEquals(3, view.getDoneOutsideOutcomes());
        ReviewOutcome o = view.getOutcomes().get(0);
        assertEquals("&lt;b&gt;Promoters&lt;/b&gt;", o.getSummaryHtml());
        assertEquals("/browse/OUT-3", o.getUrlHtml());
        assertEquals(12, o.getDone());
        assertEquals(List.of("OUT-20", "OUT-21"), o.getEpics().stream().map(ReviewEpic::getKeyHtml).toList());
        assertEquals("/browse/OUT-20", o.getEpics().get(0).getUrlHtml());
        assertEquals(7, o.getEpics().get(0).getDone());
        assertThat(o.getSentenceHtml(), containsString("12 tickets done; NPS moved 41 \u2192 43, on track"));
        assertThat(o.getSentenceHtml(), not(containsString("outcomes.status")));
        ReviewMovement nps = o.getMovements().get(0);
        assertEquals("NPS", nps.getNameHtml());
        assertEquals("Outcome", nps.getKindLabelHtml());
        assertEquals("41", nps.getStartHtml());
        assertEquals("43", nps.getEndHtml());
        assertEquals("+2", nps.getChangeHtml());
        assertEquals("better", nps.getDirectionHtml());
        assertEquals("on track", nps.getStatusLabelHtml());
        assertNull(nps.getStaleTextHtml());
    }

    @Test
    public void risingResponseTimeIsWorseAndAFallingAtMostGuardrailIsBetterAndEpicsGoByKeyNumber() {
        // given: response time should fall 24 → 8 hours; support tickets must stay at most 12
        Metric response = new Metric(4, "OUT-3", new MetricDefinition(MetricKind.LEADING, "Average response time", "hours",
                24.0, 8.0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, 3L, null, null, null));
        Metric tickets = new Metric(5, "OUT-3", new MetricDefinition(MetricKind.GUARDRAIL, "Support tickets", "", null, null,
                null, null, 7, null, null, 12.0, GuardrailComparator.AT_MOST));
        SprintReview review = review(SPRINT_7, List.of(new SprintReview.EpicDone("OUT-101", 1), new SprintReview.EpicDone("OUT-76", 2)),
                List.of(new SprintReview.Movement(response, 10.0, 10.3, Status.AT_RISK, false),
                        new SprintReview.Movement(tickets, 5.0, 4.9, Status.ON_TRACK, false)),
                new Message("outcomes.review.sentence.noMetric", 3));

        // when
        ReviewOutcome outcome = factory.view(review, "").getOutcomes().get(0);

        // then
        ReviewMovement responseMove = outcome.getMovements().get(0);
        ReviewMovement ticketsMove = outcome.getMovements().get(1);
        assertEquals("+0.3 hours", responseMove.getChangeHtml());
        assertEquals("worse", responseMove.getDirectionHtml());
        assertEquals("worse", responseMove.getVerdictHtml());
        assertEquals("\u22120.1", ticketsMove.getChangeHtml());
        assertEquals("better", ticketsMove.getDirectionHtml());
        assertEquals("better", ticketsMove.getVerdictHtml());
        assertEquals("epics in key-number order", List.of("OUT-76", "OUT-101"),
                outcome.getEpics().stream().map(ReviewEpic::getKeyHtml).toList());
    }

    @Test
    public void movementWithoutAStartValueShowsADashAndNoVerdictAndAStaleMetricSaysSo() {
        // given
        SprintReview review = review(SPRINT_7, List.of(), List.of(new SprintReview.Movement(NPS, null, 43.0, Status.AT_RISK, true)),
                new Message("outcomes.review.sentence.noMetric", 12));

        // when
        ReviewMovement move = factory.view(review, "").getOutcomes().get(0).getMovements().get(0);

        // then
        assertEquals("\u2013", move.getStartHtml());
        assertEquals("\u2013", move.getChangeHtml());
        assertNull(move.getVerdictHtml());
        assertEquals("not measured \u2014 running blind", move.getStaleTextHtml());
    }

    @Test
    public void unchangedMetricIsFlatWithoutAVerdict() {
        // given
        SprintReview review = review(SPRINT_7, List.of(), List.of(new SprintReview.Movement(NPS, 43.0, 43.0, Status.ON_TRACK, false)),
                new Message("outcomes.review.sentence.flat", 12, "NPS", "43", new Message("outcomes.status.ON_TRACK")));

        // when
        ReviewMovement move = factory.view(review, "").getOutcomes().get(0).getMovements().get(0);

        // then
        assertEquals("0", move.getChangeHtml());
        assertEquals("flat", move.getDirectionHtml());
        assertNull(move.getVerdictHtml());
    }

    @Test
    public void sprintWithoutAStateOrDatesAndWithoutOutcomesStillHasAPage() {
        // given
        SprintReview review = new SprintReview(new Sprint(8, "Sprint 8", null, null, null), 4, 4, List.of());

        // when
        SprintReviewView view = factory.view(review, "");

        // then
        assertEquals("", view.getStateLabelHtml());
        assertEquals("\u2013 \u2013 \u2013", view.getDatesHtml());
        assertEquals(0, view.getOutcomeCount());
    }
}
