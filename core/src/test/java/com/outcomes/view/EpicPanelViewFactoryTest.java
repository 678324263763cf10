package com.outcomes.view;

import static com.outcomes.view.Answers.OUTCOME;
import static com.outcomes.view.Answers.ZONE;
import static com.outcomes.view.Answers.csat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import com.outcomes.domain.Status;
import com.outcomes.port.IssueRef;
import com.outcomes.service.EpicPanel;
import com.outcomes.service.EpicPanel.MovedOutcome;

public class EpicPanelViewFactoryTest {

    private final EpicPanelViewFactory factory = new EpicPanelViewFactory(I18n.english(), ZONE);

    @Test
    public void outcomeWithAHeadlineMetricShowsItsStatementValueStatusAndStaleAlert() {
        // given
        EpicPanel panel = new EpicPanel("OUT-10", List.of(new MovedOutcome(OUTCOME, csat(Status.AT_RISK, 85.0, true, 40))));

        // when
        EpicPanelView view = factory.view(panel, "/jira");

        // then
        assertEquals("OUT-10", view.getEpicKeyHtml());
        EpicOutcomeLine line = view.getOutcomes().get(0);
        assertEquals("OUT-2", line.getKeyHtml());
        assertEquals("Customers get answers fast", line.getSummaryHtml());
        assertEquals("/jira/browse/OUT-2", line.getUrlHtml());
        assertEquals("Customer satisfaction: 75% \u2192 90% by 31 Dec 2026", line.getStatementHtml());
        assertEquals("85%", line.getCurrentHtml());
        assertEquals("AT_RISK", line.getStatusCodeHtml());
        assertEquals("at risk", line.getStatusLabelHtml());
        assertEquals("Not measured for 40 days \u2014 running blind", line.getStaleTextHtml());
    }

    @Test
    public void freshlyMeasuredHeadlineHasNoStaleAlert() {
        // given
        EpicPanel panel = new EpicPanel("OUT-10", List.of(new MovedOutcome(OUTCOME, csat(Status.ON_TRACK, 88.0, false, 3))));

        // when
        EpicOutcomeLine line = factory.view(panel, "").getOutcomes().get(0);

        // then
        assertEquals("on track", line.getStatusLabelHtml());
        assertNull(line.getStaleTextHtml());
    }

    @Test
    public void headlineNeverMeasuredHasNoCurrentValueAndSaysItRunsBlind() {
        // given
        EpicPanel panel = new EpicPanel("OUT-10", List.of(new MovedOutcome(OUTCOME, csat(Status.NO_DATA, null, true, null))));

        // when
        EpicOutcomeLine line = factory.view(panel, "").getOutcomes().get(0);

        // then
        assertNull(line.getCurrentHtml());
        assertEquals("NO_DATA", line.getStatusCodeHtml());
        assertEquals("Never measured \u2014 running blind", line.getStaleTextHtml());
    }

    @Test
    public void outcomeWithoutAMetricIsLinkedWithNothingElseToShow() {
        // given
        IssueRef loyal = new IssueRef("OUT-3", "Loyal customers", "OUT", IssueRef.OUTCOME);
        EpicPanel panel = new EpicPanel("OUT-10", List.of(new MovedOutcome(loyal, null)));

        // when
        EpicOutcomeLine line = factory.view(panel, "").getOutcomes().get(0);

        // then
        assertEquals("/browse/OUT-3", line.getUrlHtml());
        assertNull(line.getStatementHtml());
        assertNull(line.getCurrentHtml());
        assertNull(line.getStatusCodeHtml());
        assertNull(line.getStatusLabelHtml());
        assertNull(line.getStaleTextHtml());
    }

    @Test
    public void outcomesKeepTheOrderOfTheAnswer() {
        // given
        IssueRef first = new IssueRef("OUT-30", "First", "OUT", IssueRef.OUTCOME);
        EpicPanel panel = new EpicPanel("OUT-10", List.of(new MovedOutcome(first, null), new MovedOutcome(OUTCOME, null)));

        // when
        EpicPanelView view = factory.view(panel, "");

        // then
        assertEquals(List.of("OUT-30", "OUT-2"), view.getOutcomes().stream().map(EpicOutcomeLine::getKeyHtml).toList());
        assertTrue(view.isHasOutcomes());
    }

    @Test
    public void epicThatMovesNothingHasNoOutcomes() {
        assertFalse(factory.view(new EpicPanel("OUT-10", List.of()), "").isHasOutcomes());
    }
}
