package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class ReviewMovementTest {

    @Test
    public void everyTextOfAMovementIsEscapedOnce() {
        // when
        ReviewMovement move = new ReviewMovement("<b>Effort</b>", "Leading indicator", "5 h", "4 h", "\u22121 h", "better",
                "better", "ON_TRACK", "on track", "not measured \u2014 running blind");

        // then
        assertEquals("&lt;b&gt;Effort&lt;/b&gt;", move.getNameHtml());
        assertEquals("Leading indicator", move.getKindLabelHtml());
        assertEquals("5 h", move.getStartHtml());
        assertEquals("4 h", move.getEndHtml());
        assertEquals("\u22121 h", move.getChangeHtml());
        assertEquals("better", move.getDirectionHtml());
        assertEquals("better", move.getVerdictHtml());
        assertEquals("ON_TRACK", move.getStatusCodeHtml());
        assertEquals("on track", move.getStatusLabelHtml());
        assertEquals("not measured \u2014 running blind", move.getStaleTextHtml());
    }

    @Test
    public void movementWithNothingToJudgeHasNoVerdictAndAFreshMetricNoStaleText() {
        // when
        ReviewMovement move = new ReviewMovement("NPS", "Outcome", "41", "41", "0", "flat", null, "ON_TRACK", "on track", null);

        // then
        assertNull(move.getVerdictHtml());
        assertNull(move.getStaleTextHtml());
    }
}
