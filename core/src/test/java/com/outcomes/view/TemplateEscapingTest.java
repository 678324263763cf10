package com.outcomes.view;

import static com.outcomes.view.HostileText.in;
import static com.outcomes.view.HostileText.shown;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.Test;

/**
 * Every template, with hostile text in every text field of its view model and in every message, prints the same
 * single-escaped HTML under plain Velocity (the preview) and under Jira's automatic escaping ({@link JiraHtmlEscaping}).
 */
public class TemplateEscapingTest {

    private static final StrictVelocity PLAIN = new StrictVelocity();
    private static final StrictVelocity JIRA = StrictVelocity.escapingLikeJira();

    private static ReadingLine reading(String p, long id, boolean superseded) {
        return new ReadingLine(id, in(p + "value"), in(p + "measuredAt"), in(p + "note"), in(p + "recordedBy"),
                in(p + "recordedAt"), superseded);
    }

    private static MetricCard metric(String p, List<ReadingLine> readings, boolean canRecord) {
        return new MetricCard(7, in(p + "kindLabel"), in(p + "name"), in(p + "statement"),
                in(p + "current"), in(p + "measuredOn"), in(p + "statusCode"), in(p + "statusLabel"), in(p + "progress"),
                in(p + "expected"), in(p + "progressCaption"), in(p + "staleText"), in(p + "forecastText"),
                in(p + "correlationText"), readings, canRecord, in(p + "today"), in(p + "cadenceText"), in(p + "sourceText"),
                in(p + "valueLabel"));
    }

    /** Renders both ways, checks they agree and escape once, and returns the page. */
    private static String renderBothWays(String template, Object view) {
        return HostileText.renderBothWays("templates/" + template, Map.of("view", view, "i18n", HostileText.i18n()));
    }

    private static void assertShows(String html, String... fields) {
        for (String field : fields) {
            assertThat(field, html, containsString(shown(field)));
        }
    }

    @Test
    public void outcomePanelPrintsHostileTextEscapedOnceWithOrWithoutJiraEscaping() {
        // given every text field hostile, and every part of the panel present
        List<ReadingLine> readings = List.of(reading("new.", 2, false), reading("old.", 1, true));
        IssuePanelView view = new IssuePanelView(in("issueKey"), in("baseUrl"), true,
                List.of(metric("metric.", readings, true)), List.of(metric("indicator.", readings, true)),
                List.of(new RiceLine(new EpicLine(in("epic.key"), in("epic.summary"), in("epic.url"), 1234, 5678,
                        in("calibration")), null, List.of(), null, null, null)),
                List.of(in("finding")), in("jsMessages"));

        // when
        String html = renderBothWays("outcome-panel.vm", view);

        // then every field is on the page
        for (String p : List.of("metric.", "indicator.")) {
            assertShows(html, p + "kindLabel", p + "name", p + "statement", p + "current", p + "measuredOn",
                    p + "statusCode", p + "statusLabel", p + "progress", p + "expected", p + "progressCaption",
                    p + "staleText", p + "forecastText", p + "correlationText", p + "today", p + "cadenceText", p + "sourceText", p + "valueLabel");
        }
        for (String p : List.of("new.", "old.")) {
            assertShows(html, p + "value", p + "measuredAt", p + "note", p + "recordedBy", p + "recordedAt");
        }
        assertShows(html, "issueKey", "baseUrl", "epic.key", "epic.summary", "epic.url", "calibration", "finding",
                "jsMessages");
        assertThat(html, containsString("1,234 / 5,678 done"));
    }

    @Test
    public void outcomePanelEmptyStatesAreEscapedOnceWithOrWithoutJiraEscaping() {
        // given a metric without readings on an outcome without epics, and a challenge without metrics
        IssuePanelView bare = new IssuePanelView(in("issueKey"), in("baseUrl"), true,
                List.of(metric("metric.", List.of(), false)), List.of(), List.of(), List.of(), in("jsMessages"));
        IssuePanelView challenge = new IssuePanelView(in("issueKey"), in("baseUrl"), false, List.of(), List.of(),
                List.of(), List.of(), in("jsMessages"));

        // when
        String bareHtml = renderBothWays("outcome-panel.vm", bare);
        String challengeHtml = renderBothWays("outcome-panel.vm", challenge);

        // then
        assertThat(bareHtml, containsString("data-role=\"no-readings\">"));
        assertThat(bareHtml, containsString("data-role=\"no-epics\">"));
        assertThat(challengeHtml, containsString("data-role=\"no-metrics\">"));
    }

    @Test
    public void epicPanelPrintsHostileTextEscapedOnceWithOrWithoutJiraEscaping() {
        // given
        EpicPanelView view = new EpicPanelView(in("epicKey"), List.of(
                new EpicOutcomeLine(in("a.key"), in("a.summary"), in("a.url"), in("a.statement"), in("a.current"),
                        in("a.statusCode"), in("a.statusLabel"), in("a.staleText")),
                new EpicOutcomeLine(in("b.key"), in("b.summary"), in("b.url"), null, null, null, null, null)));

        // when
        String html = renderBothWays("epic-panel.vm", view);
        String empty = renderBothWays("epic-panel.vm", new EpicPanelView(in("epicKey"), List.of()));

        // then
        assertShows(html, "epicKey", "a.key", "a.summary", "a.url", "a.statement", "a.current", "a.statusCode",
                "a.statusLabel", "a.staleText", "b.key", "b.summary", "b.url");
        assertThat(empty, containsString("data-role=\"no-outcomes\">"));
    }

    @Test
    public void sprintReviewPrintsHostileTextEscapedOnceWithOrWithoutJiraEscaping() {
        // given
        SprintReviewView view = new SprintReviewView(5, in("name"), in("dates"), in("stateLabel"), 15, 3, List.of(
                new ReviewOutcome(in("o.key"), in("o.summary"), in("o.url"), 12,
                        List.of(new ReviewEpic(in("e.key"), in("e.url"), 2)), in("o.sentence"), List.of(
                        movement("up."), movement("flat.")))));

        // when
        String html = renderBothWays("sprint-review.vm", view);
        String empty = renderBothWays("sprint-review.vm",
                new SprintReviewView(6, in("name"), in("dates"), in("stateLabel"), 4, 4, List.of()));

        // then
        assertShows(html, "name", "dates", "stateLabel", "o.key", "o.summary", "o.url", "e.key", "e.url", "o.sentence");
        for (String p : List.of("up.", "flat.")) {
            assertShows(html, p + "name", p + "kindLabel", p + "start", p + "end", p + "change", p + "direction",
                    p + "verdict", p + "statusCode", p + "statusLabel", p + "staleText");
        }
        assertThat(html, containsString("data-role=\"done-in-sprint\">15</strong>"));
        assertThat(empty, containsString("data-role=\"no-outcomes\">"));
    }

    private static MetricCard dashboardCard(String p, boolean forecastShort) {
        return new MetricCard(8, in(p + "kindLabel"), in(p + "name"), in(p + "statement"),
                in(p + "current"), in(p + "measuredOn"), in(p + "statusCode"), in(p + "statusLabel"), in(p + "progress"),
                in(p + "expected"), in(p + "progressCaption"), in(p + "staleText"), in(p + "forecastText"),
                in(p + "correlationText"), List.of(), false, null, in(p + "cadenceText"), in(p + "sourceText"),
                in(p + "valueLabel"), forecastShort, false, in(p + "chartData"));
    }

    private static OutcomeSection outcomeSection(String p) {
        return new OutcomeSection(new IssueLink(in(p + "key"), in(p + "summary"), in(p + "url")),
                dashboardCard(p + "main.", true), List.of(dashboardCard(p + "indicator.", false)),
                List.of(new EpicLine(in(p + "epic.key"), in(p + "epic.summary"), in(p + "epic.url"), 3, 4)), 1234,
                in(p + "doneText"), in(p + "windowLabel"), in(p + "windowChart"),
                List.of(new SignalLine(in(p + "signal.code"), in(p + "signal.message"))),
                List.of(new SignalLine(in(p + "note.code"), in(p + "note.message"))));
    }

    @Test
    public void dashboardPrintsHostileTextEscapedOnceWithOrWithoutJiraEscaping() {
        // given every text field of the gadget's content hostile, in a challenge and among the unassigned
        DashboardFragment view = new DashboardFragment(in("window"), false, List.of(new ChallengeSection(
                new IssueLink(in("challenge.key"), in("challenge.summary"), in("challenge.url")), in("okr"),
                List.of(dashboardCard("kpi.", false)), List.of(outcomeSection("a.")))), List.of(outcomeSection("b.")));

        // when
        String html = renderBothWays("dashboard.vm", view);
        String single = renderBothWays("dashboard.vm", new DashboardFragment(in("window"), true, List.of(),
                List.of(outcomeSection("c."))));

        // then every field is on the page
        assertShows(html, "window", "challenge.key", "challenge.summary", "challenge.url", "okr", "kpi.kindLabel",
                "kpi.name", "kpi.current", "kpi.statusCode", "kpi.statusLabel", "kpi.statement", "kpi.staleText");
        for (String p : List.of("a.", "b.")) {
            assertShows(html, p + "key", p + "summary", p + "url", p + "epic.key", p + "epic.summary", p + "epic.url",
                    p + "doneText", p + "windowLabel", p + "windowChart", p + "signal.code", p + "signal.message",
                    p + "note.code", p + "note.message");
            for (String m : List.of("main.", "indicator.")) {
                assertShows(html, p + m + "statement", p + m + "current", p + m + "statusCode", p + m + "statusLabel",
                        p + m + "staleText");
            }
            assertShows(html, p + "main.measuredOn", p + "main.progress", p + "main.expected", p + "main.progressCaption",
                    p + "main.forecastText", p + "main.correlationText", p + "main.cadenceText", p + "main.sourceText",
                    p + "indicator.kindLabel", p + "indicator.chartData", p + "indicator.name");
        }
        assertShows(single, "window", "c.key", "c.main.statement");
        assertThat(html, containsString("data-role=\"done-in-window\">1234</strong>"));
    }

    private static ReviewMovement movement(String p) {
        return new ReviewMovement(in(p + "name"), in(p + "kindLabel"), in(p + "start"), in(p + "end"), in(p + "change"),
                in(p + "direction"), in(p + "verdict"), in(p + "statusCode"), in(p + "statusLabel"), in(p + "staleText"));
    }

    /** A value with the same text behind a plain and an Html-named getter, for probing the handler. */
    public static final class Probe {
        public String getName() {
            return "<b>R&D</b>";
        }

        public String getNameHtml() {
            return "<b>R&D</b>";
        }
    }

    @Test
    public void jiraEscapingEscapesEveryPrintedReferenceWhoseNameDoesNotEndInHtml() {
        // given the same markup behind references with and without the Html ending
        String template = "$plain|$!{plain}|$probe.name|$probe.getName()|$markupHtml|$!{markupHtml}|$probe.nameHtml"
                + "|$probe.getNameHtml()|#if( $plain )if#end";
        Map<String, Object> context = Map.of("plain", "<b>R&D</b>", "markupHtml", "<b>R&D</b>", "probe", new Probe());

        // when
        String jira = JIRA.evaluate(template, context);
        String plain = PLAIN.evaluate(template, context);

        // then only the names not ending in Html are escaped under Jira's rule; plain Velocity escapes nothing
        String escaped = "&lt;b&gt;R&amp;D&lt;/b&gt;";
        String markup = "<b>R&D</b>";
        assertEquals(String.join("|", escaped, escaped, escaped, escaped, markup, markup, markup, markup, "if"), jira);
        assertEquals(String.join("|", markup, markup, markup, markup, markup, markup, markup, markup, "if"), plain);
    }

    @Test
    public void referenceNameIsTheLastSegmentWithoutBangBracesOrArguments() {
        assertEquals("nameHtml", JiraHtmlEscaping.name("$!{view.nameHtml}"));
        assertEquals("getSummaryHtml", JiraHtmlEscaping.name("$o.getSummaryHtml()"));
        assertEquals("textHtml", JiraHtmlEscaping.name("$i18n.textHtml(\"a.b(c)\", $m.nameHtml, 3)"));
        assertEquals("getText", JiraHtmlEscaping.name("$i18n.getText('k.Html', $m.nameHtml)"));
        assertEquals("findingHtml", JiraHtmlEscaping.name("$findingHtml"));
        assertEquals("id", JiraHtmlEscaping.name("${m.id}"));
    }

    private static MetricForm form(String p, Long id, String kind) {
        return new MetricForm(id, kind, List.of(new Choice(in(p + "kind.value"), in(p + "kind.label"), true)),
                in(p + "name"), in(p + "unit"), in(p + "baseline"), in(p + "target"), in(p + "startDate"),
                in(p + "targetDate"), in(p + "cadenceDays"), in(p + "source"), in(p + "threshold"),
                List.of(new Choice(in(p + "comparator.value"), in(p + "comparator.label"), true)),
                List.of(new Choice(in(p + "parent.value"), in(p + "parent.label"), true)), in(p + "owner"),
                in(p + "ownerHint"), true, in(p + "computed.jql"), in(p + "computed.per"), in(p + "computed.scale"));
    }

    private static RiceLine riceLine(String p) {
        return new RiceLine(new EpicLine(in(p + "key"), in(p + "summary"), in(p + "url"), 3, 4, in(p + "calibration")),
                in(p + "reach"),
                List.of(new Choice(in(p + "impact.value"), in(p + "impact.label"), true)), in(p + "confidence"),
                in(p + "effort"), in(p + "score"));
    }

    @Test
    public void authoringFormsPrintHostileTextEscapedOnceWithOrWithoutJiraEscaping() {
        // given an editor's panel: the define form, a card with its edit form and history, RICE with its forms
        List<ReadingLine> readings = List.of(new ReadingLine(2, in("r.value"), in("r.measuredAt"), in("r.note"),
                in("r.recordedBy"), in("r.recordedAt"), false, in("r.inputValue"), in("r.measuredAtIso")));
        MetricCard card = new MetricCard(7, in("m.kindLabel"), in("m.name"), in("m.statement"), in("m.current"),
                in("m.measuredOn"), in("m.statusCode"), in("m.statusLabel"), in("m.progress"), in("m.expected"),
                in("m.progressCaption"), in("m.staleText"), in("m.forecastText"), in("m.correlationText"), readings,
                true, in("m.today"), in("m.cadenceText"), in("m.sourceText"), in("m.valueLabel"), false, true,
                in("m.chartData"), form("edit.", 7L, "GUARDRAIL"), new MetricUpkeep(in("u.ownerText"), in("u.jql"),
                in("u.per"), in("u.scaleText"), in("u.computeErrorTitle"), in("u.computeErrorMessage"), true));
        IssuePanelView editor = new IssuePanelView(in("issueKey"), in("baseUrl"), true, List.of(card), List.of(),
                List.of(riceLine("rice.")), List.of(),
                in("jsMessages"), null, List.of(), in("projectKey"), null, null, form("define.", null, "LEADING"), true);
        IssuePanelView viewer = new IssuePanelView(in("issueKey"), in("baseUrl"), true, List.of(), List.of(),
                List.of(riceLine("seen.")), List.of(),
                in("jsMessages"), null, List.of(), in("projectKey"), null, null, null, false);

        // when
        String html = renderBothWays("outcome-panel.vm", editor);
        String viewerHtml = renderBothWays("outcome-panel.vm", viewer);

        // then every field is on the page, escaped once
        for (String p : List.of("edit.", "define.")) {
            assertShows(html, p + "kind.value", p + "kind.label", p + "name", p + "unit", p + "baseline", p + "target",
                    p + "startDate", p + "targetDate", p + "cadenceDays", p + "source", p + "threshold",
                    p + "comparator.value", p + "comparator.label", p + "parent.value", p + "parent.label",
                    p + "owner", p + "ownerHint", p + "computed.jql", p + "computed.per", p + "computed.scale");
        }
        assertShows(html, "r.value", "r.measuredAt", "r.inputValue", "r.measuredAtIso", "m.valueLabel", "m.today");
        assertShows(html, "u.ownerText", "u.jql", "u.per", "u.scaleText", "u.computeErrorTitle", "u.computeErrorMessage");
        assertShows(html, "rice.key", "rice.summary", "rice.url", "rice.calibration", "rice.reach", "rice.impact.value",
                "rice.impact.label", "rice.confidence", "rice.effort", "rice.score");
        assertShows(viewerHtml, "seen.key", "seen.summary", "seen.url", "seen.calibration", "seen.reach", "seen.impact.value",
                "seen.confidence", "seen.effort", "seen.score");
    }
}
