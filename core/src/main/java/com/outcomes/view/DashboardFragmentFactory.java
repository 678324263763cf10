package com.outcomes.view;

import com.outcomes.domain.Closure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.domain.MetricKind;
import com.outcomes.domain.OutputWindow;
import com.outcomes.port.IssueRef;
import com.outcomes.service.ChallengeGroup;
import com.outcomes.service.Dashboard;
import com.outcomes.service.EpicOutput;
import com.outcomes.service.Message;
import com.outcomes.service.MetricView;
import com.outcomes.service.OutcomeRow;
import com.outcomes.service.Signal;
import com.outcomes.service.WeekCount;

/** Shapes the dashboard service's answer into the gadget's {@link DashboardFragment}, in the viewer's language. */
public final class DashboardFragmentFactory {

    /**
     * Signals said elsewhere on the row: stale on the metric's card, a missing epic in the output column's empty
     * state, a short forecast as the card's one reading of status and forecast.
     */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of(Signal.STALE, Signal.NO_EPICS, Signal.FORECAST_SHORT);

    private final I18n i18n;
    private final Formats formats;
    private final MetricCardFactory cards;
    private final CheckInViews checkIns;

    public DashboardFragmentFactory(Formats formats) {
        this.formats = formats;
        this.i18n = formats.i18n();
        this.cards = new MetricCardFactory(formats);
        this.checkIns = new CheckInViews(formats);
    }

    /**
     * @param outcomeKey an outcome's key to show that outcome's row alone (its own page), or null for the whole answer
     * @param baseUrl    Jira's context path or "" in the preview: issue links are {@code baseUrl + /browse/KEY}
     */
    public DashboardFragment fragment(Dashboard dashboard, String outcomeKey, String baseUrl) {
        OutputWindow window = OutputWindow.ending(dashboard.asOf(), dashboard.weeks());
        String windowText = i18n.getText("outcomes.dashboard.window", dashboard.weeks(), formats.date(window.start()),
                formats.date(dashboard.asOf()));
        if (outcomeKey != null) {
            List<OutcomeRow> all = new ArrayList<>(dashboard.unassigned());
            dashboard.challenges().forEach(g -> all.addAll(g.outcomes()));
            List<OutcomeSection> one = all.stream().filter(o -> o.issue().key().equals(outcomeKey)).limit(1)
                    .map(o -> outcome(o, dashboard, window, baseUrl)).toList();
            return new DashboardFragment(windowText, true, List.of(), one);
        }
        List<ChallengeSection> challenges = dashboard.challenges().stream()
                .map(g -> challenge(g, dashboard, window, baseUrl)).toList();
        List<OutcomeSection> unassigned = dashboard.unassigned().stream()
                .map(o -> outcome(o, dashboard, window, baseUrl)).toList();
        return new DashboardFragment(windowText, false, challenges, unassigned);
    }

    private ChallengeSection challenge(ChallengeGroup g, Dashboard dashboard, OutputWindow window, String baseUrl) {
        return new ChallengeSection(link(g.issue(), baseUrl), formats.score(g.okrScore()),
                g.metrics().stream().map(this::compact).toList(),
                g.outcomes().stream().map(o -> outcome(o, dashboard, window, baseUrl)).toList());
    }

    private OutcomeSection outcome(OutcomeRow row, Dashboard dashboard, OutputWindow window, String baseUrl) {
        MetricView main = row.metrics().stream().filter(m -> m.metric().kind() == MetricKind.OUTCOME).findFirst()
                .orElse(null);
        List<MetricCard> indicators = row.metrics().stream().filter(m -> m != main).map(this::compact).toList();
        List<EpicLine> epics = row.output().epics().stream().map(e -> epic(e, baseUrl)).toList();
        int done = row.output().doneInWindow();
        String windowLabel = main == null
                ? i18n.getText("outcomes.dashboard.output.chartLabel", dashboard.weeks())
                : i18n.getText("outcomes.dashboard.chart.windowLabel", main.metric().definition().name(), dashboard.weeks());
        return new OutcomeSection(link(row.issue(), baseUrl), main == null ? null : cards.dashboardCard(main),
                indicators, epics, done, i18n.getText("outcomes.dashboard.doneInWindow", done, dashboard.weeks()),
                windowLabel, windowChart(main, row.output().doneByWeek(), window, dashboard),
                row.signals().stream().filter(s -> !SHOWN_ELSEWHERE.contains(s.code()))
                        // output celebrated while the outcome is flat is the headline; off-track notes follow
                        .sorted(Comparator.comparing(s -> Signal.OUTPUT_WITHOUT_OUTCOME.equals(s.code()) ? 0 : 1))
                        .map(this::line).toList(),
                row.notes().stream().map(this::line).toList(),
                row.checkin() == null ? null : checkIns.line(row.checkin(), dashboard.asOf()), closedText(row.closed()));
    }

    /** "Closed on 10 Nov 2026: missed", or null while the outcome is open. */
    private String closedText(Closure closure) {
        return closure == null ? null : i18n.getText("outcomes.lifecycle.closedOn", formats.date(closure.closedOn()),
                i18n.getText("outcomes.lifecycle.result." + closure.result().name()));
    }

    /** An indicator's or a KPI's row: its card, with the kind said unless the heading already says "leading". */
    private MetricCard compact(MetricView view) {
        return cards.dashboardCard(view, view.metric().kind() != MetricKind.LEADING);
    }

    /** Output bars and the outcome's plan on one time axis: the window, the weekly counts and the metric to draw. */
    private static String windowChart(MetricView main, List<WeekCount> doneByWeek, OutputWindow window,
                                      Dashboard dashboard) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("windowStart", window.start().toString());
        data.put("asOf", dashboard.asOf().toString());
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (WeekCount w : doneByWeek) {
            Map<String, Object> week = new LinkedHashMap<>();
            week.put("weekStart", w.weekStart().toString());
            week.put("done", w.done());
            weeks.add(week);
        }
        data.put("doneByWeek", weeks);
        data.put("metric", main == null ? null : MetricCardFactory.chartMap(main));
        return MetricCardFactory.json(data);
    }

    private SignalLine line(Signal signal) {
        return new SignalLine(signal.code(), i18n.getText(new Message(signal.messageKey(), signal.args())));
    }

    private static EpicLine epic(EpicOutput e, String baseUrl) {
        return new EpicLine(e.epic().key(), e.epic().summary(), baseUrl + "/browse/" + e.epic().key(), e.done(), e.total());
    }

    private static IssueLink link(IssueRef issue, String baseUrl) {
        return new IssueLink(issue.key(), issue.summary(), baseUrl + "/browse/" + issue.key());
    }
}
