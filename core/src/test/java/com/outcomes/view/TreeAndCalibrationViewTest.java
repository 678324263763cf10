package com.outcomes.view;

import static com.outcomes.view.HostileText.in;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.outcomes.domain.ObservedChange;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.Status;
import com.outcomes.port.IssueRef;
import com.outcomes.service.Calibration;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.OutcomeTree;

/** The tree and calibration view factories shape hand-built answers; their templates escape once, both ways. */
public class TreeAndCalibrationViewTest {

    private static final IssueRef EPIC = new IssueRef("OUT-10", "Help centre", "OUT", IssueRef.EPIC);
    private static final ObservedChange TEN_POINTS = new ObservedChange(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 5, 3), 0.1);

    private final TreeViewFactory trees = new TreeViewFactory(I18n.english(), Answers.ZONE);
    private final CalibrationViewFactory calibrations = new CalibrationViewFactory(I18n.english(), Answers.ZONE);

    private static OutcomeTree tree(boolean closed) {
        OutcomeTree.Node csat = new OutcomeTree.Node(Answers.csat(Status.OFF_TRACK, 76.0, true, 45),
                List.of(new OutcomeTree.Node(Answers.resolution(), List.of())));
        OutcomeTree.Outcome outcome = new OutcomeTree.Outcome(Answers.OUTCOME, closed,
                List.of(csat, new OutcomeTree.Node(Answers.tickets(), List.of())),
                List.of(new OutcomeTree.Epic(EPIC, 3, 4, new RiceScore(500, 2, 0.5, 2)),
                        new OutcomeTree.Epic(new IssueRef("OUT-11", "Chat", "OUT", IssueRef.EPIC), 0, 0, null)));
        return new OutcomeTree("OUT", Answers.TODAY,
                List.of(new OutcomeTree.Challenge(Answers.CHALLENGE, List.of(), List.of(outcome))), List.of());
    }

    @Test
    public void treeLinesCarryStatusRunningBlindLeadingIndicatorsAndRice() {
        // when
        TreeView view = trees.view(tree(false), "/jira", "/jira/plugins/servlet/outcomes/calibration?projectKey=OUT");
        // then
        TreeOutcomeView outcome = view.getChallenges().get(0).getOutcomes().get(0);
        assertEquals("/jira/browse/OUT-2", outcome.getIssue().getUrlHtml());
        TreeMetricLine csat = outcome.getMetrics().get(0);
        assertEquals("OFF_TRACK", csat.getStatusCodeHtml());
        assertEquals("off track", csat.getStatusLabelHtml());
        assertEquals("76%", csat.getCurrentHtml());
        assertEquals("Not measured for 45 days \u2014 running blind", csat.getStaleTextHtml());
        assertEquals(List.of("First-contact resolution"), csat.getLeading().stream().map(TreeMetricLine::getNameHtml).toList());
        TreeMetricLine tickets = outcome.getMetrics().get(1);
        assertNull("a guardrail has no progress", tickets.getProgressHtml());
        assertFalse(tickets.isStale());
        assertEquals("RICE 250 \u00b7 impact 2", outcome.getEpics().get(0).getRiceHtml());
        assertEquals("3 / 4 done", outcome.getEpics().get(0).getOutputHtml());
        assertNull(outcome.getEpics().get(1).getRiceHtml());
        assertEquals("20 Nov 2026", view.getAsOfHtml());
        assertFalse(outcome.isClosed());
    }

    @Test
    public void aClosedOutcomeIsGreyedInTheTree() {
        String html = new StrictVelocity().render("templates/tree.vm",
                Map.of("view", trees.view(tree(true), "", "/calibration?project=OUT"), "i18n", I18n.english()));
        assertThat(html, containsString("class=\"oc-tree-outcome oc-closed\" data-key=\"OUT-2\" data-closed=\"true\""));
    }

    @Test
    public void calibrationSaysRhoWithNOrWhyThereIsNone() {
        Calibration.Point point = new Calibration.Point(Answers.OUTCOME, EPIC, new RiceScore(500, 2, 0.5, 2), TEN_POINTS);
        CalibrationView none = calibrations.view(new Calibration("OUT", Answers.TODAY, null, List.of(point)), "", "/tree?project=OUT");
        assertEquals("No \u03c1 yet: 1 done epics with RICE and readings, at least 5 are needed.", none.getSummaryHtml());
        CalibrationView some = calibrations.view(new Calibration("OUT", Answers.TODAY, 0.8123, List.of(point)), "", "");
        assertEquals("Spearman&#39;s \u03c1 = 0.81 over 1 done epics", some.getSummaryHtml());
        CalibrationLine line = some.getLines().get(0);
        assertEquals("+10 pts", line.getChangeHtml());
        assertEquals("9 Mar 2026 \u2013 3 May 2026", line.getWindowHtml());
        assertEquals("2", line.getImpactHtml());
        assertEquals("250", line.getScoreHtml());
        assertEquals("[{&#34;x&#34;:2.0,&#34;y&#34;:10.0,&#34;label&#34;:&#34;OUT-10 Help centre&#34;}]", some.getChartDataHtml());
    }

    @Test
    public void theOutcomePanelPutsPredictedImpactBesideTheObservedChange() {
        assertEquals("Predicted impact 2 \u00b7 outcome moved +10 pts while it shipped (9 Mar 2026 \u2013 3 May 2026)",
                calibrations.epicText(new EpicRanking(EPIC, 4, 4, new RiceScore(500, 2, 0.5, 2), TEN_POINTS)));
        assertEquals("Predicted impact 2 \u00b7 nothing observed yet",
                calibrations.epicText(new EpicRanking(EPIC, 3, 4, new RiceScore(500, 2, 0.5, 2), null)));
        assertNull(calibrations.epicText(new EpicRanking(EPIC, 3, 4, null, null)));
    }

    @Test
    public void treeTemplatePrintsHostileTextEscapedOnceBothWays() {
        // given every text field hostile
        TreeMetricLine leading = new TreeMetricLine(in("l.kind"), in("l.name"), in("l.current"), in("l.status"),
                in("l.label"), in("l.progress"), in("l.stale"), List.of());
        TreeMetricLine metric = new TreeMetricLine(in("m.kind"), in("m.name"), in("m.current"), in("m.status"),
                in("m.label"), in("m.progress"), in("m.stale"), List.of(leading));
        TreeOutcomeView outcome = new TreeOutcomeView(new IssueLink(in("o.key"), in("o.summary"), in("o.url")), false,
                List.of(metric), List.of(new TreeEpicLine(new IssueLink(in("e.key"), in("e.summary"), in("e.url")),
                        in("e.output"), "0.500", in("e.rice"))));
        TreeView view = new TreeView(in("project"), in("asOf"), in("calibrationUrl"),
                List.of(new TreeChallengeView(new IssueLink(in("c.key"), in("c.summary"), in("c.url")), List.of(metric),
                        List.of(outcome))), List.of(outcome));
        // when
        String html = HostileText.renderBothWays("templates/tree.vm", Map.of("view", view, "i18n", HostileText.i18n()));
        // then
        for (String field : List.of("l.name", "m.name", "m.stale", "o.summary", "e.rice", "c.summary", "calibrationUrl")) {
            assertThat(html, containsString(HostileText.shown(field)));
        }
    }

    @Test
    public void calibrationTemplatePrintsHostileTextEscapedOnceBothWays() {
        CalibrationLine line = new CalibrationLine(new IssueLink(in("o.key"), in("o.summary"), in("o.url")),
                new IssueLink(in("e.key"), in("e.summary"), in("e.url")), in("impact"), in("score"), in("change"), in("window"));
        CalibrationView view = new CalibrationView(in("project"), in("summary"), in("treeUrl"), List.of(line), in("points"));
        String html = HostileText.renderBothWays("templates/calibration.vm", Map.of("view", view, "i18n", HostileText.i18n()));
        for (String field : List.of("summary", "e.summary", "change", "window", "treeUrl")) {
            assertThat(html, containsString(HostileText.shown(field)));
        }
        assertThat(html, not(containsString("data-role=\"empty\"")));
        assertTrue(html.contains("data-role=\"caveat\""));
    }

    @Test
    public void outcomePanelShowsTheEpicsCalibrationEscapedOnce() {
        IssuePanelView view = new IssuePanelView(in("issueKey"), in("baseUrl"), true, List.of(), List.of(),
                List.of(new RiceLine(new EpicLine(in("epic.key"), in("epic.summary"), in("epic.url"), 1, 2, in("calibration")),
                        null, List.of(), null, null, null)),
                List.of(), in("jsMessages"));
        String html = HostileText.renderBothWays("templates/outcome-panel.vm", Map.of("view", view, "i18n", HostileText.i18n()));
        assertThat(html, containsString("data-role=\"calibration\">" + HostileText.shown("calibration")));
    }
}
