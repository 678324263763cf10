package com.outcomes.view;

import static com.outcomes.view.HostileText.in;
import static com.outcomes.view.HostileText.shown;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.CheckIn;
import com.outcomes.port.IssueRef;
import com.outcomes.service.Dashboard;
import com.outcomes.service.OutcomeRow;
import com.outcomes.service.Output;
import com.outcomes.service.Signal;
import com.outcomes.service.WeekCount;

import org.junit.Test;

/**
 * Check-ins on the three pages that show them, through real Velocity: hostile text (a comment, a user name) is
 * escaped exactly once with and without Jira's escaping, and what each page shows.
 */
public class CheckInTemplateTest {

    private static final StrictVelocity PLAIN = new StrictVelocity();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static CheckInLine hostile(String p, boolean low) {
        return new CheckInLine(low ? 2 : 7, low, in(p + "createdBy"), in(p + "when"), in(p + "age"), in(p + "comment"),
                in(p + "summary"));
    }

    private static String renderBothWays(String template, Object view) {
        return HostileText.renderBothWays("templates/" + template, Map.of("view", view, "i18n", HostileText.i18n()));
    }

    private static IssuePanelView panel(CheckInSection checkIns) {
        return new IssuePanelView("OUT-2", "", true, List.of(), List.of(), List.of(), List.of(), "{}", null, List.of(),
                "OUT", checkIns, null);
    }

    private static void assertShows(String html, String... fields) {
        for (String field : fields) {
            assertThat(field, html, containsString(shown(field)));
        }
    }

    @Test
    public void outcomePanelPrintsAHostileCheckInEscapedOnceWithOrWithoutJiraEscaping() {
        // given
        CheckInSection section = new CheckInSection(List.of(hostile("new.", true), hostile("old.", false)),
                in("trend"), true);

        // when
        String html = renderBothWays("outcome-panel.vm", panel(section));

        // then
        assertShows(html, "new.createdBy", "new.when", "new.comment", "old.createdBy", "old.when", "old.comment", "trend");
        assertThat(html, containsString("data-role=\"checkin-form\""));
    }

    @Test
    public void dashboardPrintsAHostileLatestCheckInEscapedOnceWithOrWithoutJiraEscaping() {
        // given
        OutcomeSection outcome = new OutcomeSection(new IssueLink(in("key"), in("summary"), in("url")), null, List.of(),
                List.of(), 0, in("doneText"), in("windowLabel"), in("windowChart"), List.of(), List.of(),
                hostile("latest.", true), null);

        // when
        String html = renderBothWays("dashboard.vm", new DashboardFragment(in("window"), true, List.of(),
                List.of(outcome)));

        // then
        assertShows(html, "latest.summary", "latest.createdBy");
        assertThat(html, containsString("class=\"oc-checkin-latest oc-checkin-low\" data-role=\"checkin\" data-confidence=\"2\""));
    }

    @Test
    public void sprintReviewPrintsHostileCheckInsEscapedOnceWithOrWithoutJiraEscaping() {
        // given
        SprintReviewView view = new SprintReviewView(5, in("name"), in("dates"), in("stateLabel"), 15, 3, List.of(
                new ReviewOutcome(in("o.key"), in("o.summary"), in("o.url"), 12, List.of(), in("o.sentence"), List.of(),
                        List.of(hostile("during.", false)))));

        // when
        String html = renderBothWays("sprint-review.vm", view);

        // then
        assertShows(html, "during.createdBy", "during.when", "during.comment");
        assertThat(html, containsString("data-role=\"checkins\""));
    }

    @Test
    public void thePanelShowsCheckInsNewestFirstWithTheTrendAndTheFormOnlyForEditors() {
        // given three check-ins by the views of a real factory, in English
        CheckInViews views = new CheckInViews(new Formats(I18n.english(), ZoneOffset.UTC));
        List<CheckIn> newestFirst = List.of(
                new CheckIn(3, "OUT-2", 3, "vendor slipped", "bob", Instant.parse("2026-11-17T09:30:00Z")),
                new CheckIn(2, "OUT-2", 6, null, "ann", Instant.parse("2026-11-10T09:30:00Z")),
                new CheckIn(1, "OUT-2", 8, "good start", "ann", Instant.parse("2026-11-01T09:30:00Z")));

        // when
        String forEditor = PLAIN.render("outcome-panel.vm", panel(views.section(newestFirst, true, TODAY)));
        String forViewer = PLAIN.render("outcome-panel.vm", panel(views.section(newestFirst, false, TODAY)));

        // then the trend runs 8 → 6 → 3 left to right, y = 2 + 26 × (10 − confidence) / 9 in the 100 × 30 box
        assertThat(forEditor, containsString("<polyline points=\"0.0,7.8 50.0,13.6 100.0,22.2\"/>"));
        int bob = forEditor.indexOf("bob \u00b7 17 Nov 2026 09:30");
        int ann = forEditor.indexOf("ann \u00b7 1 Nov 2026 09:30");
        assertTrue("newest first", bob > 0 && ann > bob);
        assertThat(forEditor, containsString("<p class=\"oc-checkin-comment\">vendor slipped</p>"));
        assertThat(forEditor, containsString("<li class=\"oc-checkin oc-checkin-low\" data-confidence=\"3\">"));
        assertThat(forEditor, containsString("<span class=\"oc-checkin-confidence\">8/10</span>"));
        assertThat(forEditor, containsString("data-role=\"checkin-form\""));
        assertThat(forViewer, not(containsString("data-role=\"checkin-form\"")));
        assertThat(forViewer, containsString("vendor slipped"));
    }

    @Test
    public void theGadgetShowsTheLatestConfidenceWithItsAgeAndTheLowSignal() {
        // given an outcome whose latest check-in, 3 days before the dashboard's day, says 3/10
        CheckIn latest = new CheckIn(9, "OUT-2", 3, "vendor slipped", "bob", Instant.parse("2026-11-17T09:30:00Z"));
        OutcomeRow low = new OutcomeRow(new IssueRef("OUT-2", "Customers are satisfied", "OUT", IssueRef.OUTCOME),
                List.of(), new Output(List.of(), 0, List.of(new WeekCount(LocalDate.of(2026, 11, 16), 0))),
                List.of(new Signal(Signal.CONFIDENCE_LOW, "outcomes.checkin.signal.low", 3, "bob")), List.of(), latest,
                null);
        OutcomeRow none = new OutcomeRow(new IssueRef("OUT-3", "Answers are fast", "OUT", IssueRef.OUTCOME),
                List.of(), new Output(List.of(), 0, List.of(new WeekCount(LocalDate.of(2026, 11, 16), 0))),
                List.of(), List.of());
        DashboardFragmentFactory factory = new DashboardFragmentFactory(new Formats(I18n.english(), ZoneOffset.UTC));

        // when
        String html = PLAIN.render("templates/dashboard.vm", Map.of("view",
                factory.fragment(new Dashboard(TODAY, 12, List.of(), List.of(low, none)), null, ""), "i18n",
                I18n.english()));

        // then
        assertThat(html, containsString("data-role=\"checkin\" data-confidence=\"3\" title=\"bob\">"
                + "Confidence 3/10 \u00b7 3 days ago</span>"));
        assertThat(html, containsString("data-signal=\"CONFIDENCE_LOW\">Confidence is low: 3/10 in the latest check-in by bob.</li>"));
        assertEquals(1, html.split("data-role=\"checkin\"", -1).length - 1);
    }

    @Test
    public void anOutcomeWithoutCheckInsSaysSoAndAChallengeHasNoCheckInSection() {
        CheckInViews views = new CheckInViews(new Formats(I18n.english(), ZoneOffset.UTC));

        String none = PLAIN.render("outcome-panel.vm", panel(views.section(List.of(), true, TODAY)));
        String challenge = PLAIN.render("outcome-panel.vm", new IssuePanelView("OUT-1", "", false, List.of(), List.of(),
                List.of(), List.of(), "{}"));

        assertThat(none, containsString("data-role=\"no-checkins\""));
        assertThat(none, not(containsString("<polyline")));
        assertThat(challenge, not(containsString("data-role=\"checkins\"")));
    }
}
