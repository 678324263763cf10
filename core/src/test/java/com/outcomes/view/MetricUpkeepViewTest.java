package com.outcomes.view;

import static com.outcomes.view.Answers.OUTCOME;
import static com.outcomes.view.Answers.TODAY;
import static com.outcomes.view.Answers.ZONE;
import static com.outcomes.view.Answers.csat;
import static com.outcomes.view.Answers.tickets;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import com.outcomes.domain.Closure;
import com.outcomes.domain.ComputeError;
import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.Metric;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.domain.Reading;
import com.outcomes.domain.Status;
import com.outcomes.service.IssuePanel;
import com.outcomes.service.IssuePanel.TrackedMetric;
import com.outcomes.service.MetricView;
import com.outcomes.service.ReadingView;

/**
 * A metric card's owner and computation on the panel (issue 16): the owner, the JQL it counts, why its last computation
 * recorded nothing and when (an AUI warning), its next computation day, and "Compute now" for editors only.
 */
public class MetricUpkeepViewTest {

    private static final ComputeError FAILED = new ComputeError(Instant.parse("2026-11-19T06:30:00Z"),
            "Field 'sprint' is not supported");

    private final IssuePanelViewFactory factory = new IssuePanelViewFactory(I18n.english(), ZONE);
    private final StrictVelocity templates = new StrictVelocity();

    /** CSAT owned by bob, computed as reopened per resolved issue ×100, its last computation failed; and a guardrail. */
    private static IssuePanel panel(boolean canEdit, Closure closure) {
        MetricView csat = csat(Status.ON_TRACK, 82.0, false, 10);
        Metric computed = new Metric(1, "OUT-2", csat.metric().definition().withOwner("bob")
                .withComputed(new ComputedBy("project = OUT AND status = Reopened", "resolved >= -30d", 100)),
                LocalDate.of(2026, 1, 1), FAILED);
        return new IssuePanel(OUTCOME, TODAY, canEdit,
                List.of(new TrackedMetric(new MetricView(computed, csat.evaluation()), List.of()),
                        new TrackedMetric(tickets(), List.of())),
                List.of(), List.of(), null, List.of(), List.of(), closure);
    }

    @Test
    public void aComputedMetricsCardSaysItsOwnerQueryRatioScaleAndLastFailureWithWhen() {
        // when
        MetricCard card = factory.view(panel(false, null), "").getMetrics().get(0);

        // then
        MetricUpkeep upkeep = card.getUpkeep();
        assertEquals("Owner: bob", upkeep.getOwnerTextHtml());
        assertTrue(upkeep.isComputed());
        assertEquals("project = OUT AND status = Reopened", upkeep.getJqlHtml());
        assertEquals("resolved &gt;= -30d", upkeep.getPerHtml());
        assertEquals("multiplied by 100", upkeep.getScaleTextHtml());
        assertEquals("The last computation, on 19 Nov 2026 06:30, recorded nothing", upkeep.getComputeErrorTitleHtml());
        assertEquals("Field &#39;sprint&#39; is not supported", upkeep.getComputeErrorMessageHtml());
        // the due date reads as the day it is next counted, not as a chore
        assertEquals("computed every 30 days from JQL \u00b7 next on 10 Dec 2026", card.getCadenceTextHtml());
    }

    @Test
    public void onlyAnEditorOfAnOpenOutcomeMayComputeNow() {
        assertTrue(factory.view(panel(true, null), "").getMetrics().get(0).getUpkeep().isCanCompute());
        assertFalse(factory.view(panel(false, null), "").getMetrics().get(0).getUpkeep().isCanCompute());
        Closure closed = new Closure("OUT-2", OutcomeResult.ACHIEVED, "done", TODAY, "alice", 1.0);
        assertFalse(factory.view(panel(true, closed), "").getMetrics().get(0).getUpkeep().isCanCompute());
    }

    @Test
    public void aMetricTypedInByHandShowsNoQueryAndAMetricWithoutOwnerNothingAtAll() {
        // when
        List<MetricCard> cards = factory.view(panel(true, null), "").getMetrics();

        // then the guardrail (no owner, not computed) has no upkeep block and keeps the "due" wording
        assertNull(cards.get(1).getUpkeep());
        assertEquals("measured every 7 days \u00b7 next due 26 Nov 2026", cards.get(1).getCadenceTextHtml());
    }

    @Test
    public void anEditorSeesTheFailureAsAnAuiWarningAndALabelledComputeNowButton() {
        // when
        String html = templates.render("outcome-panel.vm", factory.view(panel(true, null), ""));

        // then
        assertThat(html, containsString("<div class=\"oc-subtle\" data-role=\"owner\">Owner: bob</div>"));
        assertThat(html, containsString("<div class=\"oc-subtle\" data-role=\"computed\">Counts the issues matching "
                + "<code class=\"oc-jql\">project = OUT AND status = Reopened</code> per issue matching "
                + "<code class=\"oc-jql\">resolved &gt;= -30d</code>, multiplied by 100</div>"));
        assertThat(html, containsString("<div class=\"aui-message aui-message-warning\" role=\"status\" data-role=\"compute-error\">\n"
                + "    <p class=\"title\"><strong>The last computation, on 19 Nov 2026 06:30, recorded nothing</strong></p>\n"
                + "    <p>Field &#39;sprint&#39; is not supported</p>"));
        assertThat(html, containsString("<div class=\"oc-compute\" data-role=\"compute\" data-metric-id=\"1\">\n"
                + "    <button class=\"aui-button\" type=\"button\" data-role=\"compute-now\" "
                + "aria-label=\"Compute now: Customer satisfaction\">Compute now</button>"));
    }

    @Test
    public void aViewerReadsOwnerQueryAndFailureButHasNoButton() {
        // when
        String html = templates.render("outcome-panel.vm", factory.view(panel(false, null), ""));

        // then
        assertThat(html, containsString("data-role=\"owner\">Owner: bob</div>"));
        assertThat(html, containsString("data-role=\"compute-error\""));
        assertThat(html, not(containsString("compute-now")));
        assertThat(html, not(containsString("<button")));
    }

    @Test
    public void aComputedReadingSaysItsSourceInTheHistory() {
        // given CSAT's history: one reading the job computed, one typed in
        MetricView csat = csat(Status.ON_TRACK, 82.0, false, 10);
        List<ReadingView> history = List.of(
                new ReadingView(new Reading(1, 1, 80, LocalDate.of(2026, 10, 1), Instant.parse("2026-10-01T06:00:00Z"),
                        "bob", "computed", "jql", null), false),
                new ReadingView(new Reading(2, 1, 82, LocalDate.of(2026, 11, 10), Instant.parse("2026-11-10T09:00:00Z"),
                        "alice", "after the survey", "survey", null), false));
        IssuePanel panel = new IssuePanel(OUTCOME, TODAY, false, List.of(new TrackedMetric(csat, history)), List.of(),
                List.of(), null, List.of());

        // when
        List<ReadingLine> lines = factory.view(panel, "").getMetrics().get(0).getReadings();

        // then (newest first)
        assertEquals("after the survey", lines.get(0).getNoteHtml());
        assertEquals("computed (source: jql)", lines.get(1).getNoteHtml());
    }
}
