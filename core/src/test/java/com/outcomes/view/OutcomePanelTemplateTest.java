package com.outcomes.view;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class OutcomePanelTemplateTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private final StrictVelocity templates = new StrictVelocity();

    private static MetricCard metric(String name, List<ReadingLine> readings, boolean canRecord, String stale) {
        return new MetricCard(7, "Outcome", name, name + ": 75% \u2192 90% by 31 Dec 2026",
                readings.isEmpty() ? null : "82%", readings.isEmpty() ? null : "12 Nov 2026",
                readings.isEmpty() ? "NO_DATA" : "AT_RISK", readings.isEmpty() ? "no data" : "at risk",
                readings.isEmpty() ? null : "0.467", "0.700", "47% of the way \u00b7 70% expected by now",
                stale, null, null, readings, canRecord, "2026-11-20", "measured every 30 days \u00b7 next due 12 Dec 2026",
                "Source: survey", "Value (%)");
    }

    private static IssuePanelView panel(List<MetricCard> metrics, List<EpicLine> epics) {
        return new IssuePanelView("OUT-2", "", true, metrics, List.of(), epics.stream().map(OutcomePanelTemplateTest::unscored).toList(),
                List.of(), "{\"a\":\"b\"}");
    }

    /** An epic on the outcome's one list before anybody set its RICE. */
    private static RiceLine unscored(EpicLine epic) {
        return new RiceLine(epic, null, List.of(), null, null, null);
    }

    private static ReadingLine reading(long id, String value, boolean superseded) {
        return new ReadingLine(id, value, "1 Oct 2026", "survey", "admin", "1 Oct 2026 09:00", superseded);
    }

    @Test
    public void showsStatementCurrentValueStatusProgressAndHistory() {
        // given
        IssuePanelView view = panel(List.of(metric("Customer satisfaction", List.of(reading(1, "82%", false)), true, null)),
                List.of(new EpicLine("OUT-9", "Faster answers", "/browse/OUT-9", 12, 30)));

        // when
        String html = templates.render("outcome-panel.vm", view);

        // then
        assertThat(html, containsString("Customer satisfaction: 75% \u2192 90% by 31 Dec 2026"));
        assertThat(html, containsString("<span class=\"oc-value\" data-role=\"current\">82%</span>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-moved\" data-role=\"status\">at risk</span>"));
        assertThat(html, containsString("data-progress=\"0.467\" data-expected=\"0.700\""));
        assertThat(html, containsString("measured 12 Nov 2026"));
        assertThat(html, containsString("<tr data-reading-id=\"1\"><td>1 Oct 2026</td>"));
        assertThat(html, containsString("12 / 30 done"));
        assertThat(html, not(containsString("data-role=\"stale\"")));
    }

    @Test
    public void foldedChartOpensWithItsHistoryWhileAnUnfoldedOneStandsAboveIt() {
        // given
        MetricCard card = metric("FCR", List.of(reading(1, "61%", false)), false, null);
        IssuePanelView open = panel(List.of(card), List.of());
        IssuePanelView folded = panel(List.of(card.withChartFolded()), List.of());

        // when
        String openHtml = templates.render("outcome-panel.vm", open);
        String foldedHtml = templates.render("outcome-panel.vm", folded);

        // then
        assertThat(openHtml, containsString("<div class=\"oc-chart\"><canvas data-history-for=\"7\""));
        assertTrue(openHtml.indexOf("data-history-for") < openHtml.indexOf("<details"));
        assertThat(foldedHtml, containsString("<summary>Chart and history</summary>\n    <div class=\"oc-chart\"><canvas data-history-for=\"7\""));
    }

    @Test
    public void staleMetricShowsRunningBlindAlert() {
        // given
        IssuePanelView view = panel(List.of(metric("NPS", List.of(reading(1, "41", false)), false,
                "Not measured for 45 days \u2014 running blind")), List.of());

        // when
        String html = templates.render("outcome-panel.vm", view);

        // then
        assertThat(html, containsString("data-role=\"stale\">Not measured for 45 days \u2014 running blind</div>"));
    }

    @Test
    public void supersededReadingIsStruckThroughAndMarkedCorrected() {
        // given
        IssuePanelView view = panel(List.of(metric("NPS", List.of(reading(1, "40", true), reading(2, "41", false)), false, null)),
                List.of());

        // when
        String html = templates.render("outcome-panel.vm", view);

        // then
        assertThat(html, containsString("<tr class=\"oc-superseded\" data-reading-id=\"1\"><td><s>1 Oct 2026</s></td><td class=\"oc-num\"><s>40</s></td>"));
        assertThat(html, containsString("(corrected)"));
        assertThat(html, containsString("<tr data-reading-id=\"2\"><td>1 Oct 2026</td><td class=\"oc-num\">41</td>"));
    }

    @Test
    public void metricNameAndNotesAreRenderedAsTextNotMarkup() {
        // given
        ReadingLine evilReading = new ReadingLine(1, "1", "1 Oct 2026", "<script>alert(2)</script>", "\"><b>x</b>",
                "1 Oct 2026 09:00", false);
        IssuePanelView view = new IssuePanelView("OUT-2", "", true, List.of(metric(XSS, List.of(evilReading), true, null)),
                List.of(), List.of(unscored(new EpicLine("OUT-9", XSS, "/browse/OUT-9", 1, 2))), List.of(XSS + " reads like output"),
                "{\"x\":\"</div><img src=x>\"}");

        // when
        String html = templates.render("outcome-panel.vm", view);

        // then
        assertThat(html, not(containsString("<img")));
        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("<b>")));
        assertThat(html, containsString("&lt;img src=x onerror=alert(1)&gt;: 75%"));
        assertThat(html, containsString("&lt;script&gt;alert(2)&lt;/script&gt;"));
        assertThat(html, containsString("data-outcomes-i18n=\"{&#34;x&#34;:&#34;&lt;/div&gt;&lt;img src=x&gt;&#34;}\""));
    }

    @Test
    public void teachesWhatToDoWhenTheIssueHasNoMetric() {
        // given
        IssuePanelView view = panel(List.of(), List.of());

        // when
        String html = templates.render("outcome-panel.vm", view);

        // then
        assertThat(html, containsString("data-role=\"no-metrics\"><p class=\"title\"><strong>No metric defined yet</strong></p>"));
        assertThat(html, containsString("data-role=\"no-epics\">No epics linked yet."));
    }

    @Test
    public void metricWithoutReadingsSaysHowToStartTheTrend() {
        // given
        IssuePanelView view = panel(List.of(metric("NPS", List.of(), true, "Never measured \u2014 running blind")), List.of());

        // when
        String html = templates.render("outcome-panel.vm", view);

        // then
        assertThat(html, containsString("data-role=\"no-readings\">No readings yet."));
        assertThat(html, containsString("data-status=\"NO_DATA\""));
        assertThat(html, not(containsString("data-history-for")));
    }

    @Test
    public void recordFormOnlyForUsersWhoMayEditWithLabelledInputs() {
        // given
        IssuePanelView editable = panel(List.of(metric("NPS", List.of(), true, null)), List.of());
        IssuePanelView readOnly = panel(List.of(metric("NPS", List.of(), false, null)), List.of());

        // when
        String withForm = templates.render("outcome-panel.vm", editable);
        String withoutForm = templates.render("outcome-panel.vm", readOnly);

        // then
        assertThat(withForm, containsString("<form class=\"aui top-label oc-record-form\" id=\"oc-record-7\" data-metric-id=\"7\" novalidate hidden>"));
        assertThat(withForm, containsString("<label for=\"oc-value-7\">Value (%)</label>"));
        assertThat(withForm, containsString("data-role=\"cadence\">measured every 30 days \u00b7 next due 12 Dec 2026 &middot; "
                + "<span data-role=\"source\">Source: survey</span>"));
        assertThat(withForm, containsString("<input class=\"text\" id=\"oc-value-7\" name=\"value\""));
        assertThat(withForm, containsString("data-error-for=\"measuredAt\""));
        assertThat(withForm, containsString("max=\"2026-11-20\""));
        assertThat(withoutForm, not(containsString("<form")));
        // and the form waits, collapsed, behind a button that says what it opens; a viewer gets neither
        assertThat(withForm, containsString("<button class=\"aui-button\" type=\"button\" data-role=\"record-open\" "
                + "aria-expanded=\"false\" aria-controls=\"oc-record-7\">Record a value</button>"));
        assertThat(withoutForm, not(containsString("<button")));
    }

    @Test
    public void lintAdviceIsAnAuiMessageAboveTheMetricsItSpeaksOf() {
        // given
        IssuePanelView view = new IssuePanelView("OUT-2", "", true, List.of(metric("NPS", List.of(), true, null)),
                List.of(), List.of(), List.of("'Launch <b>wizard</b>' reads like output. Reframe it."), "{}");

        // when
        String html = templates.render("outcome-panel.vm", view);

        // then
        assertThat(html, containsString("<div class=\"aui-message aui-message-info oc-advice\" data-role=\"lint\">"));
        assertThat(html, containsString("<li>&#39;Launch &lt;b&gt;wizard&lt;/b&gt;&#39; reads like output. Reframe it.</li>"));
        assertTrue(html.indexOf("data-role=\"lint\"") < html.indexOf("data-metric-id=\"7\""));
    }

    @Test
    public void noLintAdviceWhenTheStatementPasses() {
        // when
        String html = templates.render("outcome-panel.vm", panel(List.of(metric("NPS", List.of(), true, null)), List.of()));

        // then
        assertThat(html, not(containsString("data-role=\"lint\"")));
    }

    @Test
    public void challengePanelHasNoEpicSection() {
        // given
        IssuePanelView view = new IssuePanelView("OUT-1", "", false, List.of(), List.of(), List.of(), List.of(), "{}");

        // when
        String html = templates.render("outcome-panel.vm", view);

        // then
        assertThat(html, not(containsString("Epics meant to move it")));
    }
}
