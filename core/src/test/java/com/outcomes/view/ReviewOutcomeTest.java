package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class ReviewOutcomeTest {

    @Test
    public void outcomeTextAndSentenceAreEscapedOnceBesideItsEpicsAndMovements() {
        // when
        ReviewOutcome outcome = new ReviewOutcome("OUT-4", "<i>Promoters</i>", "/browse/OUT-4", 12,
                List.of(new ReviewEpic("OUT-20", "/browse/OUT-20", 12)), "12 tickets done; NPS moved 41 \u2192 43 & more.",
                List.of(new ReviewMovement("NPS", "Outcome", "41", "43", "+2", "better", "better", "ON_TRACK", "on track", null)));

        // then
        assertEquals("OUT-4", outcome.getKeyHtml());
        assertEquals("&lt;i&gt;Promoters&lt;/i&gt;", outcome.getSummaryHtml());
        assertEquals("/browse/OUT-4", outcome.getUrlHtml());
        assertEquals(12, outcome.getDone());
        assertEquals("12 tickets done; NPS moved 41 \u2192 43 &amp; more.", outcome.getSentenceHtml());
        assertEquals(1, outcome.getEpics().size());
        assertTrue(outcome.isHasMovements());
    }

    @Test
    public void outcomeWithoutMetricsHasNoMovementsToTabulate() {
        // when
        ReviewOutcome outcome = new ReviewOutcome("OUT-4", "Promoters", "/browse/OUT-4", 3, List.of(),
                "3 tickets done; no metric yet.", List.of());

        // then
        assertFalse(outcome.isHasMovements());
    }
}
