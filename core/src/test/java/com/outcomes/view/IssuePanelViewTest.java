package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class IssuePanelViewTest {

    private static MetricCard card(long id) {
        return new MetricCard(id, "Leading indicator", "Resolution", "Resolution: 60% \u2192 80%", null, null, "NO_DATA",
                "no data", null, null, null, null, null, null, List.of(), false, "2026-11-20", "measured every 7 days",
                null, "Value");
    }

    @Test
    public void panelWithOnlyLeadingIndicatorsStillHasMetrics() {
        // when
        IssuePanelView view = new IssuePanelView("OUT-2", "", true, List.of(), List.of(card(2)), List.of(), List.of(), "{}");

        // then
        assertTrue(view.isHasMetrics());
        assertTrue(view.isHasIndicators());
        assertFalse(view.isHasEpics());
        assertFalse(view.isHasFindings());
    }

    @Test
    public void findingsTheIssueKeyTheBaseUrlAndTheBrowsersMessagesAreEscapedOnce() {
        // when
        IssuePanelView view = new IssuePanelView("OUT-2", "/j&ira", true, List.of(), List.of(),
                List.of(new RiceLine(new EpicLine("OUT-9", "Epic", "/browse/OUT-9", 1, 2), null, List.of(), null, null, null)), List.of("'<b>Launch</b>' reads like output"),
                "{\"a\":\"</div>\"}");

        // then
        assertEquals("OUT-2", view.getIssueKeyHtml());
        assertEquals("/j&amp;ira", view.getBaseUrlHtml());
        assertEquals(List.of("&#39;&lt;b&gt;Launch&lt;/b&gt;&#39; reads like output"), view.getFindingsHtml());
        assertEquals("{&#34;a&#34;:&#34;&lt;/div&gt;&#34;}", view.getJsMessagesHtml());
        assertTrue(view.isHasEpics());
        assertTrue(view.isHasFindings());
    }

    @Test
    public void panelBuiltWithoutNavigationHasNoWayUpNoWayDownAndNoOutputStory() {
        // when
        IssuePanelView view = new IssuePanelView("OUT-2", "", true, List.of(card(1)), List.of(), List.of(), List.of(), "{}");

        // then
        assertNull(view.getChallenge());
        assertFalse(view.isHasOutcomes());
        assertNull(view.getProjectKeyHtml());
        assertTrue(view.isOutcome());
    }

    @Test
    public void challengePanelListsItsOutcomesAndEscapesTheProjectKey() {
        // when
        IssuePanelView view = new IssuePanelView("OUT-1", "", false, List.of(), List.of(), List.of(), List.of(), "{}",
                null, List.of(new IssueLink("OUT-2", "Answers", "/browse/OUT-2")), "O&T");

        // then
        assertFalse(view.isOutcome());
        assertTrue(view.isHasOutcomes());
        assertEquals("O&amp;T", view.getProjectKeyHtml());
        assertFalse(view.isHasMetrics());
    }
}
