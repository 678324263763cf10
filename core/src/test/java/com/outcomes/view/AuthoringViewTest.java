package com.outcomes.view;

import static com.outcomes.view.Answers.OUTCOME;
import static com.outcomes.view.Answers.TODAY;
import static com.outcomes.view.Answers.ZONE;
import static com.outcomes.view.Answers.csat;
import static com.outcomes.view.Answers.reading;
import static com.outcomes.view.Answers.resolution;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.Status;
import com.outcomes.port.IssueRef;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.IssuePanel;
import com.outcomes.service.IssuePanel.TrackedMetric;

/** The panel's authoring parts (issue 14): who gets which form, filled with what, and the RICE ranking as shown. */
public class AuthoringViewTest {

    private static final IssueRef HELP = new IssueRef("OUT-10", "Help centre", "OUT", IssueRef.EPIC);
    private static final IssueRef CHAT = new IssueRef("OUT-20", "Live chat", "OUT", IssueRef.EPIC);

    private final IssuePanelViewFactory factory = new IssuePanelViewFactory(I18n.english(), ZONE);

    private static IssuePanel panel(boolean canEdit, List<EpicRanking> epics, Closure closure) {
        List<TrackedMetric> metrics = List.of(
                new TrackedMetric(csat(Status.ON_TRACK, 82.0, false, 10),
                        List.of(reading(1, 80, null, true), reading(2, 82.5, 1L, false))),
                new TrackedMetric(resolution(), List.of()));
        return new IssuePanel(OUTCOME, TODAY, canEdit, metrics, epics, List.of(), null, List.of(), List.of(), closure);
    }

    @Test
    public void anEditorOfAnOpenOutcomeGetsTheDefineFormAndAnEditFormPerMetric() {
        // when
        IssuePanelView view = factory.view(panel(true, List.of(), null), "");

        // then
        assertNotNull(view.getDefineForm());
        assertFalse(view.getDefineForm().isEditing());
        assertEquals(List.of("1"), view.getDefineForm().getParents().stream().map(Choice::getValueHtml).toList());
        MetricForm csat = view.getMetrics().get(0).getEditForm();
        assertEquals(Long.valueOf(1), csat.getMetricId());
        assertEquals("75", csat.getBaselineHtml());
        MetricForm indicator = view.getIndicators().get(0).getEditForm();
        assertEquals(Long.valueOf(2), indicator.getMetricId());
        assertTrue(indicator.getParents().get(0).isSelected());
    }

    @Test
    public void aViewerGetsNoAuthoringForm() {
        // when
        IssuePanelView view = factory.view(panel(false, List.of(new EpicRanking(HELP, 1, 2, null)), null), "");

        // then
        assertNull(view.getDefineForm());
        assertNull(view.getMetrics().get(0).getEditForm());
        assertFalse(view.getMetrics().get(0).isCanRecord());
        assertFalse(view.isCanRankEpics());
    }

    @Test
    public void aClosedOutcomeTakesNoNewDefinitionOrCorrection() {
        // given
        Closure closed = new Closure("OUT-2", OutcomeResult.ACHIEVED, null, TODAY, "ann", 1.0);

        // when
        IssuePanelView view = factory.view(panel(true, List.of(), closed), "");

        // then
        assertNull(view.getDefineForm());
        assertNull(view.getMetrics().get(0).getEditForm());
    }

    @Test
    public void historyRowsCarryTheValueAndDayACorrectionStartsFrom() {
        // when
        List<ReadingLine> lines = factory.view(panel(true, List.of(), null), "").getMetrics().get(0).getReadings();

        // then the newest first, its value plain (no unit, no rounding) and its day as a date input holds it
        assertEquals("82.5", lines.get(0).getInputValueHtml());
        assertEquals("2026-10-02", lines.get(0).getMeasuredAtIsoHtml());
        assertEquals("82.5%", lines.get(0).getValueHtml());
    }

    @Test
    public void theOneListOfEpicsFollowsTheServicesRankingWithOutputScoreAndInputs() {
        // given the service's ranking: scored first, highest first
        List<EpicRanking> ranked = List.of(new EpicRanking(CHAT, 0, 5, new RiceScore(500, 2, 0.8, 4)),
                new EpicRanking(HELP, 3, 4, null));

        // when
        IssuePanelView view = factory.view(panel(true, ranked, null), "/jira");

        // then
        assertTrue(view.isCanRankEpics());
        RiceLine chat = view.getEpics().get(0);
        assertEquals("OUT-20", chat.getEpic().getKeyHtml());
        assertEquals("/jira/browse/OUT-20", chat.getEpic().getUrlHtml());
        assertEquals(0, chat.getEpic().getDone());
        assertEquals(5, chat.getEpic().getTotal());
        assertEquals("200", chat.getScoreHtml());
        assertEquals("500", chat.getReachHtml());
        assertEquals("2", chat.getImpactHtml());
        assertEquals("0.8", chat.getConfidenceHtml());
        assertEquals("4", chat.getEffortHtml());
        assertEquals(List.of("0.25", "0.5", "1", "2", "3"),
                chat.getImpacts().stream().map(Choice::getValueHtml).toList());
        assertEquals("3: massive", chat.getImpacts().get(4).getLabelHtml());
        RiceLine help = view.getEpics().get(1);
        assertEquals("OUT-10", help.getEpic().getKeyHtml());
        assertEquals(3, help.getEpic().getDone());
        assertFalse(help.isScored());
        assertNull(help.getReachHtml());
        assertNull(help.getImpactHtml());
    }

    @Test
    public void anOutcomeWithoutEpicsHasNothingToRank() {
        assertFalse(factory.view(panel(true, List.of(), null), "").isHasEpics());
    }
}
