package com.outcomes.view;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.Reading;
import com.outcomes.domain.Status;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;
import com.outcomes.port.WorkTracker;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.EpicService;
import com.outcomes.service.LintService;
import com.outcomes.service.Message;
import com.outcomes.service.MetricService;
import com.outcomes.service.MetricView;
import com.outcomes.service.ReadingService;
import com.outcomes.service.ReadingView;
import com.outcomes.service.SprintReview;
import com.outcomes.service.SprintReviewService;

public class ViewFactoriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final IssueRef OUTCOME = new IssueRef("OUT-2", "Customers get answers fast", "OUT", "Outcome");

    private final MetricService metrics = mock(MetricService.class);
    private final ReadingService readings = mock(ReadingService.class);
    private final EpicService epics = mock(EpicService.class);
    private final LintService lint = mock(LintService.class);
    private final WorkTracker work = mock(WorkTracker.class);
    // real default methods: the batch visible(...) answers from the stubbed canView(...)
    private final AccessPolicy access = mock(AccessPolicy.class, org.mockito.Answers.CALLS_REAL_METHODS);
    private final I18n i18n = I18n.english();

    private static MetricView csat(Status status, Double current, boolean stale, Integer days) {
        MetricDefinition d = new MetricDefinition(MetricKind.OUTCOME, "Customer satisfaction", "%", 75.0, 90.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null, "survey", null, null);
        MetricEvaluation e = new MetricEvaluation(TODAY, current, current == null ? null : LocalDate.of(2026, 11, 10),
                current == null ? null : (current - 75) / 15, 0.887, status, stale, days,
                current == null ? null : (current - 75) / 15, null, null,
                current == null ? LocalDate.of(2026, 1, 1) : LocalDate.of(2026, 12, 10));
        return new MetricView(new Metric(1, "OUT-2", d), e);
    }

    private static ReadingView reading(long id, double value, Long supersedes, boolean superseded) {
        return new ReadingView(new Reading(id, 1, value, LocalDate.of(2026, 10, (int) id), Instant.parse("2026-10-20T09:00:00Z"),
                "alice", "survey", null, supersedes), superseded);
    }

    @Test
    public void outcomePanelCarriesFormattedNumbersAndNewestReadingFirst() {
        // given
        when(metrics.metricsOf("alice", "OUT-2", TODAY)).thenReturn(List.of(csat(Status.OFF_TRACK, 82.0, false, 10)));
        when(readings.historiesOfIssue("alice", "OUT-2"))
                .thenReturn(Map.of(1L, List.of(reading(1, 80, null, true), reading(2, 82, 1L, false))));
        when(work.issue("OUT-2")).thenReturn(Optional.of(OUTCOME));
        when(access.canEdit("alice", "OUT-2")).thenReturn(true);
        when(epics.epicsOf("alice", "OUT-2")).thenReturn(List.of(
                new EpicRanking(new IssueRef("OUT-10", "Help centre", "OUT", "Epic"), 7, 8, null)));
        IssuePanelViewFactory factory = new IssuePanelViewFactory(metrics, readings, epics, lint, work, access, i18n, CLOCK);

        // when
        IssuePanelView view = factory.forIssue("OUT-2", "alice", "/jira");

        // then
        MetricCard m = view.getMetrics().get(0);
        assertEquals("Customer satisfaction: 75% \u2192 90% by 31 Dec 2026", m.getStatementHtml());
        assertEquals("82%", m.getCurrentHtml());
        assertEquals("10 Nov 2026", m.getMeasuredOnHtml());
        assertEquals("OFF_TRACK", m.getStatusCodeHtml());
        assertEquals("0.467", m.getProgressHtml());
        assertEquals("47% of the way \u00b7 89% expected by now", m.getProgressCaptionHtml());
        assertNull(m.getStaleTextHtml());
        assertTrue(m.isCanRecord());
        assertEquals("2026-11-20", m.getTodayHtml());
        assertEquals("82%", m.getReadings().get(0).getValueHtml());
        assertTrue(m.getReadings().get(1).isSuperseded());
        assertEquals("/jira/browse/OUT-10", view.getEpics().get(0).getUrlHtml());
        assertTrue(view.isOutcome());
    }

    @Test
    public void staleMetricWithoutReadingsSaysNeverMeasuredAndReadOnlyUserGetsNoForm() {
        // given
        when(metrics.metricsOf("bob", "OUT-2", TODAY)).thenReturn(List.of(csat(Status.NO_DATA, null, true, null)));
        when(readings.historiesOfIssue("bob", "OUT-2")).thenReturn(Map.of());
        when(work.issue("OUT-2")).thenReturn(Optional.of(OUTCOME));
        IssuePanelViewFactory factory = new IssuePanelViewFactory(metrics, readings, epics, lint, work, access, i18n, CLOCK);

        // when
        MetricCard m = factory.forIssue("OUT-2", "bob", "").getMetrics().get(0);

        // then
        assertEquals("Never measured \u2014 running blind", m.getStaleTextHtml());
        assertNull(m.getCurrentHtml());
        assertNull(m.getProgressHtml());
        assertFalse(m.isHasReadings());
        assertFalse(m.isCanRecord());
    }

    @Test
    public void epicPanelLeavesOutOutcomesTheUserMayNotSee() {
        // given
        IssueRef hidden = new IssueRef("SEC-1", "Secret outcome", "SEC", "Outcome");
        when(access.canView("alice", "OUT-10")).thenReturn(true);
        when(access.canView("alice", "OUT-2")).thenReturn(true);
        when(work.outcomesMovedBy(List.of("OUT-10"))).thenReturn(Map.of("OUT-10", List.of(OUTCOME, hidden)));
        when(metrics.metricsOf("alice", java.util.Set.of("OUT-2"), TODAY))
                .thenReturn(Map.of("OUT-2", List.of(csat(Status.AT_RISK, 85.0, true, 40))));
        EpicPanelViewFactory factory = new EpicPanelViewFactory(work, metrics, access, i18n, CLOCK);

        // when
        EpicPanelView view = factory.forEpic("OUT-10", "alice", "");

        // then
        assertEquals(1, view.getOutcomes().size());
        EpicOutcomeLine line = view.getOutcomes().get(0);
        assertEquals("OUT-2", line.getKeyHtml());
        assertEquals("AT_RISK", line.getStatusCodeHtml());
        assertEquals("85%", line.getCurrentHtml());
        assertEquals("Not measured for 40 days \u2014 running blind", line.getStaleTextHtml());
    }

    @Test
    public void sprintReviewSignsTheChangeAndRendersTheSentence() {
        // given
        SprintReviewService service = mock(SprintReviewService.class);
        Metric nps = new Metric(3, "OUT-3", new MetricDefinition(MetricKind.OUTCOME, "NPS", "", 32.0, 50.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null, null, null, null));
        SprintReview review = new SprintReview(new Sprint(7, "Sprint 7", "closed", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 15)), 15, 3, List.of(new SprintReview.Entry(
                new IssueRef("OUT-3", "<b>Promoters</b>", "OUT", "Outcome"),
                List.of(new SprintReview.EpicDone("OUT-20", 7), new SprintReview.EpicDone("OUT-21", 5)), 12,
                List.of(new SprintReview.Movement(nps, 41.0, 43.0, Status.ON_TRACK, false)),
                new Message("outcomes.review.sentence.moved", 12, "NPS", "41", "43",
                        new Message("outcomes.status.ON_TRACK")))));
        when(service.review("alice", 7)).thenReturn(review);

        // when
        SprintReviewView view = new SprintReviewViewFactory(service, i18n, CLOCK).forSprint(7, "alice", "");

        // then
        assertEquals("2 Nov 2026 \u2013 15 Nov 2026", view.getDatesHtml());
        ReviewOutcome o = view.getOutcomes().get(0);
        assertEquals("&lt;b&gt;Promoters&lt;/b&gt;", o.getSummaryHtml());
        assertEquals(List.of("OUT-20", "OUT-21"), o.getEpics().stream().map(ReviewEpic::getKeyHtml).toList());
        assertEquals("/browse/OUT-20", o.getEpics().get(0).getUrlHtml());
        assertThat(o.getSentenceHtml(), containsString("12 tickets done; NPS moved 41 \u2192 43, on track"));
        assertThat(o.getSentenceHtml(), not(containsString("outcomes.status")));
        assertEquals("+2", o.getMovements().get(0).getChangeHtml());
        assertEquals("better", o.getMovements().get(0).getDirectionHtml());
    }

    @Test
    public void sprintReviewColoursARisingResponseTimeAsWorseAndAFallingAtMostGuardrailAsBetter() {
        // given: response time should fall 24 → 8 hours; support tickets must stay at most 12
        SprintReviewService service = mock(SprintReviewService.class);
        Metric response = new Metric(4, "OUT-3", new MetricDefinition(MetricKind.LEADING, "Average response time", "hours",
                24.0, 8.0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, 3L, null, null, null));
        Metric tickets = new Metric(5, "OUT-3", new MetricDefinition(MetricKind.GUARDRAIL, "Support tickets", "", null, null,
                null, null, 7, null, null, 12.0, com.outcomes.domain.GuardrailComparator.AT_MOST));
        SprintReview review = new SprintReview(new Sprint(8, "Sprint 8", "closed", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 15)), 3, 0, List.of(new SprintReview.Entry(
                new IssueRef("OUT-3", "Fast answers", "OUT", "Outcome"), List.of(new SprintReview.EpicDone("OUT-101", 1),
                new SprintReview.EpicDone("OUT-76", 2)), 3,
                List.of(new SprintReview.Movement(response, 10.0, 10.3, Status.AT_RISK, false),
                        new SprintReview.Movement(tickets, 5.0, 4.9, Status.ON_TRACK, false)),
                new Message("outcomes.review.sentence.noMetric", 3))));
        when(service.review("alice", 8)).thenReturn(review);

        // when
        SprintReviewView view = new SprintReviewViewFactory(service, i18n, CLOCK).forSprint(8, "alice", "");

        // then
        ReviewMovement responseMove = view.getOutcomes().get(0).getMovements().get(0);
        ReviewMovement ticketsMove = view.getOutcomes().get(0).getMovements().get(1);
        assertEquals("+0.3 hours", responseMove.getChangeHtml());
        assertEquals("worse", responseMove.getDirectionHtml());
        assertEquals("worse", responseMove.getVerdictHtml());
        assertEquals("\u22120.1", ticketsMove.getChangeHtml());
        assertEquals("better", ticketsMove.getDirectionHtml());
        assertEquals("better", ticketsMove.getVerdictHtml());
        assertEquals("epics in key-number order", List.of("OUT-76", "OUT-101"),
                view.getOutcomes().get(0).getEpics().stream().map(ReviewEpic::getKeyHtml).toList());
    }

    @Test
    public void outcomePanelLinksUpToItsChallengeAndAChallengePanelListsItsVisibleOutcomesByNumber() {
        // given
        IssueRef challenge = new IssueRef("OUT-1", "Improve customer satisfaction", "OUT", "Challenge");
        when(metrics.metricsOf("alice", "OUT-2", TODAY)).thenReturn(List.of());
        when(metrics.metricsOf("alice", "OUT-1", TODAY)).thenReturn(List.of());
        when(work.issue("OUT-2")).thenReturn(Optional.of(OUTCOME));
        when(work.issue("OUT-1")).thenReturn(Optional.of(challenge));
        when(work.challengeOf("OUT-2")).thenReturn(Optional.of(challenge));
        when(work.outcomesOf("OUT-1")).thenReturn(List.of(new IssueRef("OUT-101", "Later", "OUT", "Outcome"),
                new IssueRef("OUT-9", "Secret", "OUT", "Outcome"), OUTCOME));
        when(access.canView("alice", "OUT-1")).thenReturn(true);
        when(access.canView("alice", "OUT-2")).thenReturn(true);
        when(access.canView("alice", "OUT-101")).thenReturn(true);
        IssuePanelViewFactory factory = new IssuePanelViewFactory(metrics, readings, epics, lint, work, access, i18n, CLOCK);

        // when
        IssuePanelView outcomePanel = factory.forIssue("OUT-2", "alice", "/jira");
        IssuePanelView challengePanel = factory.forIssue("OUT-1", "alice", "/jira");

        // then
        assertEquals("OUT-1", outcomePanel.getChallenge().getKeyHtml());
        assertEquals("/jira/browse/OUT-1", outcomePanel.getChallenge().getUrlHtml());
        assertEquals("OUT", outcomePanel.getProjectKeyHtml());
        assertNull(challengePanel.getChallenge());
        assertEquals(List.of("OUT-2", "OUT-101"), challengePanel.getOutcomes().stream().map(IssueLink::getKeyHtml).toList());
    }
}
