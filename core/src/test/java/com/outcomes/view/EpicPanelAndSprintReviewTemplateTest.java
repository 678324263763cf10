package com.outcomes.view;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;

import java.util.List;

import org.junit.Test;

public class EpicPanelAndSprintReviewTemplateTest {

    private final StrictVelocity templates = new StrictVelocity();

    @Test
    public void epicPanelListsEachOutcomeItMovesWithItsStatus() {
        // given
        EpicPanelView view = new EpicPanelView("OUT-9", List.of(
                new EpicOutcomeLine("OUT-2", "Happier customers", "/browse/OUT-2", "CSAT: 75% \u2192 90% by 31 Dec 2026",
                        "82%", "ON_TRACK", "on track", null),
                new EpicOutcomeLine("OUT-3", "<i>Loyal</i>", "/browse/OUT-3", null, null, null, null, null)));

        // when
        String html = templates.render("epic-panel.vm", view);

        // then
        assertThat(html, containsString("This epic is meant to move:"));
        assertThat(html, containsString("<a class=\"oc-key\" href=\"/browse/OUT-2\">OUT-2</a><span>Happier customers</span>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-success\" data-status=\"ON_TRACK\">on track</span>"));
        assertThat(html, containsString("CSAT: 75% \u2192 90% by 31 Dec 2026 &middot; 82%"));
        assertThat(html, containsString("&lt;i&gt;Loyal&lt;/i&gt;"));
        assertThat(html, containsString("no metric yet"));
    }

    @Test
    public void epicPanelTeachesLinkingWhenTheEpicMovesNothing() {
        // when
        String html = templates.render("epic-panel.vm", new EpicPanelView("OUT-9", List.of()));

        // then
        assertThat(html, containsString("data-role=\"no-outcomes\">This epic is not linked to any outcome yet."));
    }

    @Test
    public void sprintReviewShowsOutputNextToMovementAndTheSentence() {
        // given
        SprintReviewView view = new SprintReviewView(5, "Sprint 14", "2 Nov 2026 \u2013 15 Nov 2026", "closed", 15, 3,
                List.of(new ReviewOutcome("OUT-4", "Promoters", "/browse/OUT-4", 12,
                        List.of(new ReviewEpic("OUT-20", "/browse/OUT-20", 7), new ReviewEpic("OUT-21", "/browse/OUT-21", 5)),
                        "12 tickets done; NPS moved 41 \u2192 43, on track.",
                        List.of(new ReviewMovement("NPS", "Outcome", "41", "43", "+2", "better", "better", "ON_TRACK", "on track", null),
                                new ReviewMovement("<b>Effort</b>", "Leading indicator", "5", "5", "0", "flat", null,
                                        "OFF_TRACK", "off track", "Not measured for 40 days \u2014 running blind")))));

        // when
        String html = templates.render("sprint-review.vm", view);

        // then
        assertThat(html, containsString("<h1>Sprint review: Sprint 14</h1>"));
        assertThat(html, containsString("data-role=\"done-in-sprint\">15</strong>"));
        assertThat(html, containsString("data-role=\"sentence\">12 tickets done; NPS moved 41 \u2192 43, on track.</p>"));
        assertThat(html, containsString("Done in: <a class=\"oc-key\" href=\"/browse/OUT-20\" data-epic-key=\"OUT-20\">OUT-20</a> (7 done)"));
        assertThat(html, containsString("<td class=\"oc-num\">41</td><td class=\"oc-num\">43</td>"
                + "<td class=\"oc-num oc-move-better\" data-role=\"change\">+2 <span class=\"oc-move-word\">better</span></td>"));
        assertThat(html, containsString("&lt;b&gt;Effort&lt;/b&gt;"));
        assertThat(html, not(containsString("<b>")));
        assertThat(html, containsString("Not measured for 40 days \u2014 running blind"));
    }

    @Test
    public void sprintReviewWithoutOutcomesSaysWhy() {
        // given
        SprintReviewView view = new SprintReviewView(6, "Sprint 15", "16 Nov 2026 \u2013 29 Nov 2026", "active", 4, 4, List.of());

        // when
        String html = templates.render("sprint-review.vm", view);

        // then
        assertThat(html, containsString("data-role=\"no-outcomes\"><strong>No outcome was touched by this sprint</strong>"));
    }
}
