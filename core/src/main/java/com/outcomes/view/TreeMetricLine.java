package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * A metric in the outcome tree: name, kind, current value, status colour and, when it is running blind, why; its
 * leading indicators (all depths, in tree order) under it. String getters end in Html: escaped text.
 */
public final class TreeMetricLine {

    private final String kindLabel;
    private final String name;
    private final String current;
    private final String statusCode;
    private final String statusLabel;
    private final String progress;
    private final String staleText;
    private final List<TreeMetricLine> leading;

    public TreeMetricLine(String kindLabel, String name, String current, String statusCode, String statusLabel,
                          String progress, String staleText, List<TreeMetricLine> leading) {
        this.kindLabel = escape(kindLabel);
        this.name = escape(name);
        this.current = escape(current);
        this.statusCode = escape(statusCode);
        this.statusLabel = escape(statusLabel);
        this.progress = escape(progress);
        this.staleText = escape(staleText);
        this.leading = List.copyOf(leading);
    }

    public String getKindLabelHtml() {
        return kindLabel;
    }

    public String getNameHtml() {
        return name;
    }

    /** "41%" or "–" without a reading. */
    public String getCurrentHtml() {
        return current;
    }

    /** The status enum name, for the colour class {@code oc-status-…}. */
    public String getStatusCodeHtml() {
        return statusCode;
    }

    /** The AUI lozenge classes of the status ({@link StatusLozenge}); the status code itself only ever selects them. */
    public String getStatusLozengeHtml() {
        return StatusLozenge.classes(statusCode);
    }

    public String getStatusLabelHtml() {
        return statusLabel;
    }

    /** Progress as a percentage, "–" when the metric has none (guardrails). */
    public String getProgressHtml() {
        return progress;
    }

    /** "Not measured for 45 days — running blind", or null when measured in time. */
    public String getStaleTextHtml() {
        return staleText;
    }

    public boolean isStale() {
        return staleText != null;
    }

    public List<TreeMetricLine> getLeading() {
        return leading;
    }

    public boolean isHasLeading() {
        return !leading.isEmpty();
    }
}
