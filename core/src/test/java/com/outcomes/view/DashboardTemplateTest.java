package com.outcomes.view;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.outcomes.domain.Forecast;
import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.Status;
import com.outcomes.port.IssueRef;
import com.outcomes.service.ChallengeGroup;
import com.outcomes.service.Dashboard;
import com.outcomes.service.EpicOutput;
import com.outcomes.service.Message;
import com.outcomes.service.MetricView;
import com.outcomes.service.OutcomeRow;
import com.outcomes.service.Output;
import com.outcomes.service.Signal;
import com.outcomes.service.WeekCount;

/**
 * The gadget's content ({@code templates/dashboard.vm}) from a dashboard service answer, under real Velocity in strict
 * mode: the card the outcome panel prints too, the output beside it, signals, notes, indicators, KPIs and empty states.
 */
public class DashboardTemplateTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private final StrictVelocity templates = new StrictVelocity();
    private final DashboardFragmentFactory factory = new DashboardFragmentFactory(new Formats(I18n.english(), ZoneOffset.UTC));

    private static MetricView metric(long id, MetricKind kind, String name, Double current, Status status, boolean stale,
                                     Forecast forecast) {
        MetricDefinition d = kind == MetricKind.GUARDRAIL
                ? new MetricDefinition(kind, name, "h", null, null, START, null, 30, null, null, 12.0,
                GuardrailComparator.AT_MOST)
                : new MetricDefinition(kind, name, "%", 75.0, 90.0, START, END, 30, null, "survey", null, null);
        MetricEvaluation e = new MetricEvaluation(AS_OF, current, current == null ? null : LocalDate.of(2026, 11, 10),
                current == null ? null : 0.467, 0.887, status, stale, current == null ? null : stale ? 45 : 10, 0.467, forecast, null,
                LocalDate.of(2026, 12, 10));
        return new MetricView(new Metric(id, "OUT-2", d), e);
    }

    private static OutcomeRow row(String key, List<MetricView> metrics, List<EpicOutput> epics, List<Signal> signals,
                                  List<Signal> notes) {
        return new OutcomeRow(new IssueRef(key, "Customers are satisfied", "OUT", IssueRef.OUTCOME), metrics,
                new Output(epics, 6, List.of(new WeekCount(LocalDate.of(2026, 11, 16), 6))), signals, notes);
    }

    private String render(Dashboard dashboard, String outcome) {
        return templates.render("templates/dashboard.vm",
                Map.of("view", factory.fragment(dashboard, outcome, "/jira"), "i18n", I18n.english()));
    }

    private static Dashboard dashboard(List<ChallengeGroup> challenges, List<OutcomeRow> unassigned) {
        return new Dashboard(AS_OF, 12, challenges, unassigned);
    }

    @Test
    public void outcomeRowShowsTheCardBesideItsOutputWithSignalsNotesAndIndicators() {
        // given an outcome off track, with a leading indicator and a guardrail, one epic and two signals
        OutcomeRow row = row("OUT-2", List.of(
                        metric(1, MetricKind.OUTCOME, "Customer satisfaction", 82.0, Status.OFF_TRACK, false, null),
                        metric(2, MetricKind.LEADING, "First-contact resolution", 61.0, Status.ON_TRACK, false, null),
                        metric(3, MetricKind.GUARDRAIL, "Wait time", 9.0, Status.ON_TRACK, true, null)),
                List.of(new EpicOutput(new IssueRef("OUT-10", "Help centre", "OUT", IssueRef.EPIC), 7, 8)),
                List.of(new Signal(Signal.OFF_TRACK, "outcomes.signal.offTrack", "Customer satisfaction"),
                        new Signal(Signal.OUTPUT_WITHOUT_OUTCOME, "outcomes.signal.outputWithoutOutcome", 6, 12,
                                "Customer satisfaction"),
                        new Signal(Signal.STALE, "outcomes.signal.stale", "Wait time", 45)),
                List.of(new Signal("OUTPUT_WITHOUT_OUTCOME", "outcomes.note.outputWithoutOutcome.tooLittle", 6, 12, 10)));

        // when
        String html = render(dashboard(List.of(new ChallengeGroup(
                new IssueRef("OUT-1", "Happier customers", "OUT", IssueRef.CHALLENGE), 0.7, List.of(row), List.of())),
                List.of()), null);

        // then the card, as on the panel
        assertThat(html, containsString("<p class=\"oc-statement\">Customer satisfaction: 75% \u2192 90% by 31 Dec 2026</p>"));
        assertThat(html, containsString("<span class=\"oc-value\" data-role=\"current\">82%</span>"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-error\" data-role=\"status\">off track</span>"));
        assertThat(html, containsString("data-progress=\"0.467\" data-expected=\"0.887\""));
        assertThat(html, containsString("data-role=\"cadence\">measured every 30 days \u00b7 next due 10 Dec 2026 &middot; "
                + "<span data-role=\"source\">Source: survey</span>"));
        assertThat(html, not(containsString("<form")));
        // and the output beside it, with links on the host's context path
        assertThat(html, containsString("<strong data-role=\"done-in-window\">6</strong>tickets done in linked epics in 12 weeks"));
        assertThat(html, containsString("<a class=\"oc-key\" href=\"/jira/browse/OUT-10\">OUT-10</a>Help centre</span>"
                + "<span data-role=\"epic-done\">7 / 8 done</span>"));
        assertThat(html, containsString("data-share=\"0.875\""));
        assertThat(html, containsString("OKR score<strong>0.70</strong>"));
        // and output without outcome first, stale left to the guardrail's own row
        int withoutOutcome = html.indexOf("data-signal=\"OUTPUT_WITHOUT_OUTCOME\"");
        int offTrack = html.indexOf("data-signal=\"OFF_TRACK\"");
        assertEquals(true, withoutOutcome > 0 && withoutOutcome < offTrack);
        assertThat(html, not(containsString("data-signal=\"STALE\"")));
        assertThat(html, containsString("data-note=\"OUTPUT_WITHOUT_OUTCOME\">Not checked for output without outcome: 6 tickets"));
        // and the indicators as compact rows: the guardrail says its kind, the leading indicator need not
        assertThat(html, containsString("<span class=\"oc-indicator-name\">First-contact resolution: 75% \u2192 90%"));
        assertThat(html, containsString("<span class=\"oc-indicator-name\"><span class=\"oc-indicator-kind\">Guardrail</span>"
                + "Wait time stays \u2264 12 h</span><span class=\"oc-indicator-value\">9 h</span>"));
        assertThat(html, containsString("<span class=\"oc-stale oc-compact\" role=\"status\" data-role=\"stale\"><span class=\"aui-icon aui-icon-small aui-iconfont-warning\" aria-hidden=\"true\"></span>"
                + "Not measured for 45 days \u2014 running blind</span>"));
        assertThat(html, containsString("aria-label=\"Recent readings of Wait time\""));
    }

    @Test
    public void aForecastFallingShortWhileOnTrackIsTheCardsWarning() {
        // given
        OutcomeRow row = row("OUT-2", List.of(metric(1, MetricKind.OUTCOME, "Customer satisfaction", 82.0,
                Status.ON_TRACK, false, new Forecast(86.0, false, 0.6, 0.9))), List.of(), List.of(
                new Signal(Signal.FORECAST_SHORT, "outcomes.signal.forecastShort", "Customer satisfaction",
                        new Message("outcomes.status.ON_TRACK"), "86%", "90%", "+0.9 pts", "+0.6 pts")), List.of());

        // when
        String html = render(dashboard(List.of(), List.of(row)), null);

        // then status and forecast read as one warning on the card, not again among the signals
        assertThat(html, containsString("<div class=\"aui-message aui-message-warning\" data-signal=\"FORECAST_SHORT\" "
                + "data-role=\"forecast\">On track today \u00b7 but the trend falls short: it projects 86% at the target date, not 90%."));
        assertEquals(1, html.split("data-signal=\"FORECAST_SHORT\"", -1).length - 1);
        // and an outcome without a challenge is listed as such
        assertThat(html, containsString("<h3 class=\"oc-h2\">Outcomes without a challenge</h3>"));
    }

    @Test
    public void emptyStatesTeachWhatToDoNext() {
        // given a challenge without outcomes, and an outcome without metric or epics
        OutcomeRow bare = row("OUT-3", List.of(), List.of(), List.of(), List.of());
        ChallengeGroup empty = new ChallengeGroup(new IssueRef("OUT-1", "Happier customers", "OUT", IssueRef.CHALLENGE),
                null, List.of(), List.of());

        // when
        String html = render(dashboard(List.of(empty), List.of(bare)), null);
        String nothing = render(dashboard(List.of(), List.of()), null);

        // then
        assertThat(html, containsString("<strong>No outcomes for this challenge</strong>"));
        assertThat(html, containsString("<strong>No outcome metric yet</strong>"));
        assertThat(html, containsString("<strong>No epics linked</strong>"));
        assertThat(html, containsString("OKR score<strong>\u2013</strong>"));
        assertThat(html, containsString("aria-label=\"Tickets done per week over the last 12 weeks\""));
        assertThat(nothing, containsString("<strong>No outcomes yet</strong>"));
    }

    @Test
    public void anOutcomesOwnPageGetsItsRowAloneWithTheWindowItCovers() {
        // given
        OutcomeRow mine = row("OUT-2", List.of(metric(1, MetricKind.OUTCOME, "Customer satisfaction", null,
                Status.NO_DATA, true, null)), List.of(), List.of(), List.of());
        OutcomeRow other = row("OUT-3", List.of(), List.of(), List.of(), List.of());

        // when
        String html = render(dashboard(List.of(), List.of(other, mine)), "OUT-2");

        // then
        assertThat(html, containsString("<p class=\"oc-subtle\" data-role=\"window\">The last 12 weeks: 31 Aug 2026 to 20 Nov 2026."));
        assertThat(html, containsString("data-outcome-key=\"OUT-2\""));
        assertThat(html, not(containsString("data-outcome-key=\"OUT-3\"")));
        assertThat(html, not(containsString("oc-gadget-header")));
        // and a metric never measured says how to start, with no current value
        assertThat(html, containsString("data-role=\"no-readings\">No readings yet. Record the first value on the outcome page"));
        assertThat(html, containsString("data-role=\"stale\">Never measured \u2014 running blind</div>"));
        assertThat(html, not(containsString("data-role=\"current\"")));
    }
}
