package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class EpicPanelViewTest {

    @Test
    public void epicWithOutcomesSaysSoAndKeepsTheListItWasGiven() {
        // given
        List<EpicOutcomeLine> lines = new ArrayList<>(List.of(
                new EpicOutcomeLine("OUT-2", "Happy", "/browse/OUT-2", null, null, null, null, null)));

        // when
        EpicPanelView view = new EpicPanelView("OUT-<9>", lines);
        lines.clear();

        // then
        assertEquals("OUT-&lt;9&gt;", view.getEpicKeyHtml());
        assertTrue(view.isHasOutcomes());
        assertEquals(1, view.getOutcomes().size());
    }

    @Test
    public void epicMovingNothingHasNoOutcomes() {
        assertFalse(new EpicPanelView("OUT-9", List.of()).isHasOutcomes());
    }
}
