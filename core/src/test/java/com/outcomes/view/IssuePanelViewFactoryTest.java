package com.outcomes.view;

import static com.outcomes.view.Answers.CHALLENGE;
import static com.outcomes.view.Answers.OUTCOME;
import static com.outcomes.view.Answers.TODAY;
import static com.outcomes.view.Answers.ZONE;
import static com.outcomes.view.Answers.csat;
import static com.outcomes.view.Answers.reading;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import com.outcomes.domain.LintFinding;
import com.outcomes.domain.OutcomeLint;
import com.outcomes.domain.Status;
import com.outcomes.port.IssueRef;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.IssuePanel;
import com.outcomes.service.IssuePanel.TrackedMetric;

public class IssuePanelViewFactoryTest {

    private final IssuePanelViewFactory factory = new IssuePanelViewFactory(I18n.english(), ZONE);

    private static IssuePanel outcomePanel(boolean canEdit, List<TrackedMetric> metrics, List<EpicRanking> epics,
                                           List<LintFinding> findings, IssueRef challenge) {
        return new IssuePanel(OUTCOME, TODAY, canEdit, metrics, epics, findings, challenge, List.of());
    }

    @Test
    public void metricCardCarriesFormattedNumbersAndTheRecordFormUpToTheDayOfTheAnswer() {
        // given
        IssuePanel panel = outcomePanel(true, List.of(new TrackedMetric(csat(Status.OFF_TRACK, 82.0, false, 10),
                List.of(reading(1, 82, null, false)))), List.of(), List.of(), null);

        // when
        MetricCard m = factory.view(panel, "/jira").getMetrics().get(0);

        // then
        assertEquals(1, m.getId());
        assertEquals("Customer satisfaction: 75% \u2192 90% by 31 Dec 2026", m.getStatementHtml());
        assertEquals("82%", m.getCurrentHtml());
        assertEquals("10 Nov 2026", m.getMeasuredOnHtml());
        assertEquals("OFF_TRACK", m.getStatusCodeHtml());
        assertEquals("off track", m.getStatusLabelHtml());
        assertEquals("0.467", m.getProgressHtml());
        assertEquals("47% of the way \u00b7 89% expected by now", m.getProgressCaptionHtml());
        assertNull(m.getStaleTextHtml());
        assertTrue(m.isCanRecord());
        assertEquals("2026-11-20", m.getTodayHtml());
    }

    @Test
    public void historyListsTheNewestReadingFirstAndKeepsTheCorrectedOneMarked() {
        // given reading 1 corrected by reading 2
        IssuePanel panel = outcomePanel(false, List.of(new TrackedMetric(csat(Status.OFF_TRACK, 82.0, false, 10),
                List.of(reading(1, 80, null, true), reading(2, 82, 1L, false)))), List.of(), List.of(), null);

        // when
        List<ReadingLine> lines = factory.view(panel, "").getMetrics().get(0).getReadings();

        // then
        assertEquals(List.of(2L, 1L), lines.stream().map(ReadingLine::getId).toList());
        assertEquals("82%", lines.get(0).getValueHtml());
        assertFalse(lines.get(0).isSuperseded());
        assertEquals("typo", lines.get(0).getNoteHtml());
        assertEquals("2 Oct 2026", lines.get(0).getMeasuredAtHtml());
        assertEquals("20 Oct 2026 09:00", lines.get(0).getRecordedAtHtml());
        assertEquals("alice", lines.get(0).getRecordedByHtml());
        assertTrue(lines.get(1).isSuperseded());
    }

    @Test
    public void staleMetricWithoutReadingsSaysNeverMeasuredAndReadOnlyUserGetsNoForm() {
        // given
        IssuePanel panel = outcomePanel(false, List.of(new TrackedMetric(csat(Status.NO_DATA, null, true, null),
                List.of())), List.of(), List.of(), null);

        // when
        MetricCard m = factory.view(panel, "").getMetrics().get(0);

        // then
        assertEquals("Never measured \u2014 running blind", m.getStaleTextHtml());
        assertNull(m.getCurrentHtml());
        assertNull(m.getMeasuredOnHtml());
        assertNull(m.getProgressHtml());
        assertFalse(m.isHasReadings());
        assertFalse(m.isCanRecord());
    }

    @Test
    public void leadingIndicatorsAreSetApartFromTheMetricsTheOutcomeIsJudgedBy() {
        // given an outcome metric, a leading indicator and a guardrail
        IssuePanel panel = outcomePanel(true, List.of(new TrackedMetric(csat(Status.ON_TRACK, 88.0, false, 1), List.of()),
                new TrackedMetric(Answers.resolution(), List.of()), new TrackedMetric(Answers.tickets(), List.of())),
                List.of(), List.of(), null);

        // when
        IssuePanelView view = factory.view(panel, "");

        // then
        assertEquals(List.of(1L, 3L), view.getMetrics().stream().map(MetricCard::getId).toList());
        assertEquals(List.of(2L), view.getIndicators().stream().map(MetricCard::getId).toList());
        assertEquals("Leading indicator", view.getIndicators().get(0).getKindLabelHtml());
        // and in the narrow column only the indicators fold their charts into their history
        assertTrue(view.getIndicators().get(0).isChartFolded());
        assertEquals(List.of(false, false), view.getMetrics().stream().map(MetricCard::isChartFolded).toList());
        assertTrue(view.isHasIndicators());
        assertNull("a guardrail has no progress bar", view.getMetrics().get(1).getProgressHtml());
    }

    @Test
    public void linkedEpicsLinkToTheirIssueUnderTheBaseUrlWithTheirOutput() {
        // given
        IssuePanel panel = outcomePanel(true, List.of(), List.of(
                new EpicRanking(new IssueRef("OUT-10", "Help centre", "OUT", IssueRef.EPIC), 7, 8, null)), List.of(), null);

        // when
        IssuePanelView view = factory.view(panel, "/jira");

        // then
        EpicLine epic = view.getEpics().get(0).getEpic();
        assertEquals("OUT-10", epic.getKeyHtml());
        assertEquals("Help centre", epic.getSummaryHtml());
        assertEquals("/jira/browse/OUT-10", epic.getUrlHtml());
        assertEquals(7, epic.getDone());
        assertEquals(8, epic.getTotal());
    }

    @Test
    public void lintFindingsAreWordedInTheViewersLanguage() {
        // given
        IssuePanel panel = outcomePanel(true, List.of(), List.of(), List.of(new LintFinding(OutcomeLint.NO_OUTCOME_METRIC,
                null, "outcomes.lint.no.outcome.metric", "OUT-2")), null);

        // when
        IssuePanelView view = factory.view(panel, "");

        // then
        assertEquals(List.of("OUT-2 has no outcome metric: add the number that shows customers behave differently."),
                view.getFindingsHtml());
        assertTrue(view.isHasFindings());
    }

    @Test
    public void outcomeLinksUpToItsChallengeAndNamesItsProjectForTheOutputStory() {
        // given
        IssuePanel panel = outcomePanel(true, List.of(), List.of(), List.of(), CHALLENGE);

        // when
        IssuePanelView view = factory.view(panel, "/jira");

        // then
        assertTrue(view.isOutcome());
        assertEquals("OUT-1", view.getChallenge().getKeyHtml());
        assertEquals("Improve customer satisfaction", view.getChallenge().getSummaryHtml());
        assertEquals("/jira/browse/OUT-1", view.getChallenge().getUrlHtml());
        assertEquals("OUT", view.getProjectKeyHtml());
        assertEquals("/jira", view.getBaseUrlHtml());
        assertEquals("OUT-2", view.getIssueKeyHtml());
    }

    @Test
    public void challengeListsItsOutcomesInKeyNumberOrderAndHasNoWayUpNorOutputStory() {
        // given
        IssuePanel panel = new IssuePanel(CHALLENGE, TODAY, true, List.of(), List.of(), List.of(), null, List.of(
                new IssueRef("OUT-101", "Later", "OUT", IssueRef.OUTCOME), OUTCOME,
                new IssueRef("OUT-9", "Sooner", "OUT", IssueRef.OUTCOME)));

        // when
        IssuePanelView view = factory.view(panel, "/jira");

        // then
        assertFalse(view.isOutcome());
        assertEquals(List.of("OUT-2", "OUT-9", "OUT-101"), view.getOutcomes().stream().map(IssueLink::getKeyHtml).toList());
        assertEquals("/jira/browse/OUT-101", view.getOutcomes().get(2).getUrlHtml());
        assertNull(view.getChallenge());
        assertNull(view.getProjectKeyHtml());
    }

    @Test
    public void outcomeWithNothingYetHasEveryEmptyStateAndStillTheBrowsersMessages() {
        // when
        IssuePanelView view = factory.view(outcomePanel(true, List.of(), List.of(), List.of(), null), "");

        // then
        assertFalse(view.isHasMetrics());
        assertFalse(view.isHasIndicators());
        assertFalse(view.isHasEpics());
        assertFalse(view.isHasFindings());
        assertFalse(view.isHasOutcomes());
        assertNull(view.getChallenge());
        assertThat(view.getJsMessagesHtml(), containsString("&#34;record.saved&#34;:&#34;Saved. Refreshing…&#34;"));
    }
}
