package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** One metric on "My metrics". String getters end in Html: escaped text. */
public final class MyMetricLine {

    private final IssueLink outcome;
    private final String metricId;
    private final String name;
    private final String stateCode;
    private final String dueText;
    private final String staleText;
    private final String computedText;
    private final String recordUrl;

    /**
     * @param stateCode    {@code stale}, {@code overdue} or {@code due} (for styling and tests)
     * @param dueText      "Due 28 Nov 2026", "Due today" or "Due 1 Nov 2026, 22 days ago" (raw)
     * @param staleText    "Not measured for 35 days — running blind", or null when not stale (raw)
     * @param computedText "Computed from a JQL query", or null for a metric measured by hand (raw)
     * @param recordUrl    the issue page at the metric's record form (raw)
     */
    public MyMetricLine(IssueLink outcome, long metricId, String name, String stateCode, String dueText,
                        String staleText, String computedText, String recordUrl) {
        this.outcome = outcome;
        this.metricId = String.valueOf(metricId);
        this.name = escape(name);
        this.stateCode = escape(stateCode);
        this.dueText = escape(dueText);
        this.staleText = staleText == null ? null : escape(staleText);
        this.computedText = computedText == null ? null : escape(computedText);
        this.recordUrl = escape(recordUrl);
    }

    public IssueLink getOutcome() {
        return outcome;
    }

    public String getMetricIdHtml() {
        return metricId;
    }

    public String getNameHtml() {
        return name;
    }

    public String getStateCodeHtml() {
        return stateCode;
    }

    public String getDueTextHtml() {
        return dueText;
    }

    public String getStaleTextHtml() {
        return staleText;
    }

    public String getComputedTextHtml() {
        return computedText;
    }

    public String getRecordUrlHtml() {
        return recordUrl;
    }
}
