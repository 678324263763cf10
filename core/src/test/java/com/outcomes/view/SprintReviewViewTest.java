package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class SprintReviewViewTest {

    @Test
    public void reviewCountsTheOutcomesItShowsAndEscapesItsTextOnce() {
        // when
        SprintReviewView view = new SprintReviewView(5, "Sprint <14>", "2 Nov 2026 \u2013 15 Nov 2026", "closed", 15, 3,
                List.of(new ReviewOutcome("OUT-4", "Promoters", "/browse/OUT-4", 12, List.of(), "12 tickets done.", List.of()),
                        new ReviewOutcome("OUT-5", "Loyalty", "/browse/OUT-5", 0, List.of(), "0 tickets done.", List.of())));

        // then
        assertEquals(5, view.getSprintId());
        assertEquals("Sprint &lt;14&gt;", view.getNameHtml());
        assertEquals("2 Nov 2026 \u2013 15 Nov 2026", view.getDatesHtml());
        assertEquals("closed", view.getStateLabelHtml());
        assertEquals(15, view.getDoneInSprint());
        assertEquals(3, view.getDoneOutsideOutcomes());
        assertEquals(2, view.getOutcomeCount());
        assertTrue(view.isHasOutcomes());
    }

    @Test
    public void sprintThatTouchedNoOutcomeHasNoneToShow() {
        // when
        SprintReviewView view = new SprintReviewView(6, "Sprint 15", "16 Nov 2026 \u2013 29 Nov 2026", "active", 4, 4, List.of());

        // then
        assertFalse(view.isHasOutcomes());
        assertEquals(0, view.getOutcomeCount());
    }
}
