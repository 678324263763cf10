package com.outcomes.view;

import static com.outcomes.view.HostileText.in;
import static com.outcomes.view.HostileText.shown;
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

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.port.IssueRef;
import com.outcomes.service.ClosedOutcome;
import com.outcomes.service.IssuePanel;

/**
 * The lifecycle's pages through real Velocity, plain and escaping like Jira: a hostile learning (and every other text)
 * is printed escaped exactly once; the view factories word closures in the viewer's language.
 */
public class LifecycleTemplatesTest {

    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 11, 10);

    private static LearnedItem item(String p) {
        return new LearnedItem(new IssueLink(in(p + "key"), in(p + "summary"), in(p + "url")), in(p + "resultCode"),
                in(p + "resultLabel"), in(p + "learning"), in(p + "closedText"), in(p + "finalScore"));
    }

    private static String renderBothWays(String template, Object view) {
        return HostileText.renderBothWays("templates/" + template, Map.of("view", view, "i18n", HostileText.i18n()));
    }

    private static void assertShows(String html, String... fields) {
        for (String field : fields) {
            assertThat(field, html, containsString(shown(field)));
        }
    }

    @Test
    public void whatWeLearnedPrintsAHostileLearningEscapedOnce() {
        // given
        LearnedView view = new LearnedView(in("project"), List.of(item("a."), item("b.")));

        // when
        String html = renderBothWays("learned.vm", view);

        // then
        assertShows(html, "project");
        for (String p : List.of("a.", "b.")) {
            assertShows(html, p + "key", p + "summary", p + "url", p + "resultCode", p + "resultLabel", p + "learning",
                    p + "closedText", p + "finalScore");
        }
    }

    @Test
    public void whatWeLearnedWithNothingClosedSaysSo() {
        String html = renderBothWays("learned.vm", new LearnedView(in("project"), List.of()));

        assertThat(html, containsString("data-role=\"nothing-learned\""));
    }

    @Test
    public void thePanelShowsAHostileClosureEscapedOnceWithReopenForEditors() {
        // given
        IssuePanelView view = panel(new LifecycleSection(item("c."), true, false, in("today"),
                List.<String[]>of(new String[] {in("code"), in("label")})));

        // when
        String html = renderBothWays("outcome-panel.vm", view);

        // then
        assertShows(html, "c.resultLabel", "c.learning", "c.closedText", "c.finalScore", "c.resultCode");
        assertThat(html, containsString("data-role=\"reopen\""));
        assertThat(html, not(containsString("oc-close-form")));
    }

    @Test
    public void thePanelOffersEditorsTheCloseFormAndPromptsWhenTheIssueIsResolved() {
        // given an open outcome whose issue is resolved
        IssuePanelView view = panel(new LifecycleSection(null, true, true, in("today"),
                List.<String[]>of(new String[] {in("code"), in("label")})));

        // when
        String html = renderBothWays("outcome-panel.vm", view);

        // then
        assertShows(html, "today", "code", "label");
        assertThat(html, containsString("oc-close-form"));
        assertThat(html, containsString("data-role=\"resolved-prompt\""));
        assertThat(html, containsString("data-role=\"close\" open"));
    }

    @Test
    public void viewersWhoMayNotEditSeeTheClosureButNoForm() {
        String open = renderBothWays("outcome-panel.vm", panel(new LifecycleSection(null, false, true, "2026-11-20",
                List.of())));
        String closed = renderBothWays("outcome-panel.vm", panel(new LifecycleSection(item("c."), false, false,
                "2026-11-20", List.of())));

        assertThat(open, not(containsString("oc-close-form")));
        assertThat(open, not(containsString("resolved-prompt")));
        assertThat(closed, containsString("data-role=\"closure\""));
        assertThat(closed, not(containsString("data-role=\"reopen\"")));
    }

    @Test
    public void theDashboardGreysAClosedOutcomeAndNamesItsResultEscapedOnce() {
        // given a closed outcome shown on request beside an open one
        OutcomeSection closed = new OutcomeSection(new IssueLink(in("c.key"), in("c.summary"), in("c.url")), null,
                List.of(), List.of(), 0, in("c.doneText"), in("c.windowLabel"), in("c.windowChart"), List.of(), List.of(),
                null, in("c.closedText"));
        OutcomeSection open = new OutcomeSection(new IssueLink(in("o.key"), in("o.summary"), in("o.url")), null,
                List.of(), List.of(), 0, in("o.doneText"), in("o.windowLabel"), in("o.windowChart"), List.of(), List.of());

        // when
        String html = renderBothWays("dashboard.vm", new DashboardFragment(in("window"), false, List.of(),
                List.of(closed, open)));

        // then
        assertShows(html, "c.closedText", "c.summary");
        assertThat(html, containsString("<article class=\"oc-outcome oc-outcome-closed\" data-outcome-key=\"" + shown("c.key")));
        assertThat(html, containsString("<article class=\"oc-outcome\" data-outcome-key=\"" + shown("o.key")));
        assertEquals(1, html.split("data-role=\"closed\"", -1).length - 1);
    }

    @Test
    public void learnedViewFactoryWordsTheClosureInTheViewersLanguage() {
        // given
        LearnedViewFactory factory = new LearnedViewFactory(I18n.english(), Answers.ZONE);
        Closure missed = new Closure("OUT-2", OutcomeResult.MISSED, "Chat did not move CSAT", CLOSED_ON, "ann", 0.254);
        Closure achieved = new Closure("OUT-3", OutcomeResult.ACHIEVED, null, CLOSED_ON, "bob", null);

        // when
        LearnedView view = factory.view("OUT", List.of(new ClosedOutcome(Answers.OUTCOME, missed),
                new ClosedOutcome(new IssueRef("OUT-3", "NPS", "OUT", IssueRef.OUTCOME), achieved)), "/jira");

        // then
        LearnedItem first = view.getItems().get(0);
        assertEquals("OUT-2", first.getOutcome().getKeyHtml());
        assertEquals("/jira/browse/OUT-2", first.getOutcome().getUrlHtml());
        assertEquals("MISSED", first.getResultCodeHtml());
        assertEquals("closed as missed", first.getResultLabelHtml());
        assertEquals("Chat did not move CSAT", first.getLearningHtml());
        assertEquals("closed on 10 Nov 2026 by ann", first.getClosedTextHtml());
        assertEquals("final score 0.25", first.getFinalScoreHtml());
        assertNull(view.getItems().get(1).getLearningHtml());
        assertNull(view.getItems().get(1).getFinalScoreHtml());
    }

    @Test
    public void panelFactoryHidesTheRecordFormOfAClosedOutcomeAndOffersReopen() {
        // given a closed outcome whose issue the editor sees
        Closure closure = new Closure("OUT-2", OutcomeResult.ABANDONED, "priorities moved", CLOSED_ON, "ann", null);
        IssuePanel panel = new IssuePanel(Answers.OUTCOME, Answers.TODAY, true,
                List.of(new IssuePanel.TrackedMetric(Answers.csat(com.outcomes.domain.Status.ON_TRACK, 82.0, false, 3),
                        List.of())), List.of(), List.of(), null, List.of(), List.of(), closure);

        // when
        IssuePanelView view = new IssuePanelViewFactory(I18n.english(), Answers.ZONE).view(panel, "");

        // then
        assertFalse(view.getMetrics().get(0).isCanRecord());
        assertTrue(view.getLifecycle().isCanReopen());
        assertFalse(view.getLifecycle().isCanClose());
        assertEquals("closed as abandoned", view.getLifecycle().getClosure().getResultLabelHtml());
    }

    @Test
    public void panelFactoryPromptsToCloseAResolvedOpenOutcome() {
        IssueRef resolved = new IssueRef("OUT-2", "Customers get answers fast", "OUT", IssueRef.OUTCOME, true);
        IssuePanel panel = new IssuePanel(resolved, Answers.TODAY, true, List.of(), List.of(), List.of(), null,
                List.of());

        IssuePanelView view = new IssuePanelViewFactory(I18n.english(), Answers.ZONE).view(panel, "");

        assertTrue(view.getLifecycle().isResolvedPrompt());
        assertEquals(List.of("ACHIEVED", "MISSED", "ABANDONED"),
                view.getLifecycle().getResults().stream().map(LifecycleSection.ResultOption::getCodeHtml).toList());
    }

    private static IssuePanelView panel(LifecycleSection lifecycle) {
        return new IssuePanelView(in("issueKey"), in("baseUrl"), true, List.of(), List.of(), List.of(), List.of(),
                in("jsMessages"), null, List.of(), in("project"), null, lifecycle);
    }
}
