package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * One outcome's row on the dashboard: its outcome metric's card beside the output of its epics, the window chart
 * (output and outcome on one time axis), signals, notes, and its leading indicators and guardrails as compact rows
 * from the same {@link MetricCard}s. String getters end in Html: escaped text.
 */
public final class OutcomeSection {

    private final IssueLink issue;
    private final MetricCard main;
    private final List<MetricCard> indicators;
    private final List<EpicLine> epics;
    private final int doneInWindow;
    private final String doneText;
    private final String windowLabel;
    private final String windowChart;
    private final List<SignalLine> signals;
    private final List<SignalLine> notes;
    private final CheckInLine checkin;
    private final String closedText;

    /**
     * @param main        the outcome metric's card, or null when the outcome has none
     * @param doneText    "tickets done in linked epics in 12 weeks" (raw: escaped here)
     * @param windowLabel the window chart's accessible name (raw)
     * @param windowChart JSON the script draws the window chart from (raw)
     */
    public OutcomeSection(IssueLink issue, MetricCard main, List<MetricCard> indicators, List<EpicLine> epics,
                          int doneInWindow, String doneText, String windowLabel, String windowChart,
                          List<SignalLine> signals, List<SignalLine> notes) {
        this(issue, main, indicators, epics, doneInWindow, doneText, windowLabel, windowChart, signals, notes, null, null);
    }

    /**
     * @param checkin    the outcome's latest check-in, or null when it has none
     * @param closedText for a closed outcome shown on request, "Closed on … as missed" (raw); null while open
     */
    public OutcomeSection(IssueLink issue, MetricCard main, List<MetricCard> indicators, List<EpicLine> epics,
                          int doneInWindow, String doneText, String windowLabel, String windowChart,
                          List<SignalLine> signals, List<SignalLine> notes, CheckInLine checkin, String closedText) {
        this.checkin = checkin;
        this.closedText = closedText == null ? null : escape(closedText);
        this.issue = issue;
        this.main = main;
        this.indicators = List.copyOf(indicators);
        this.epics = List.copyOf(epics);
        this.doneInWindow = doneInWindow;
        this.doneText = escape(doneText);
        this.windowLabel = escape(windowLabel);
        this.windowChart = escape(windowChart);
        this.signals = List.copyOf(signals);
        this.notes = List.copyOf(notes);
    }

    public CheckInLine getCheckin() {
        return checkin;
    }

    /** Closed outcomes are greyed and name their result (DESIGN §3b). */
    public boolean isClosed() {
        return closedText != null;
    }

    public String getClosedTextHtml() {
        return closedText;
    }

    public IssueLink getIssue() {
        return issue;
    }

    public MetricCard getMain() {
        return main;
    }

    public List<MetricCard> getIndicators() {
        return indicators;
    }

    public boolean isHasIndicators() {
        return !indicators.isEmpty();
    }

    public List<EpicLine> getEpics() {
        return epics;
    }

    public boolean isHasEpics() {
        return !epics.isEmpty();
    }

    public int getDoneInWindow() {
        return doneInWindow;
    }

    public String getDoneTextHtml() {
        return doneText;
    }

    public String getWindowLabelHtml() {
        return windowLabel;
    }

    public String getWindowChartHtml() {
        return windowChart;
    }

    public List<SignalLine> getSignals() {
        return signals;
    }

    public boolean isHasSignals() {
        return !signals.isEmpty();
    }

    public List<SignalLine> getNotes() {
        return notes;
    }

    public boolean isHasNotes() {
        return !notes.isEmpty();
    }
}
