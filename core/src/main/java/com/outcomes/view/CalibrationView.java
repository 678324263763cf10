package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * The RICE calibration page (templates/calibration.vm): n, Spearman's ρ in words, the epics as a table, and the
 * scatter's points as JSON for web/calibration.js (impact on x, observed change in points on y).
 */
public final class CalibrationView {

    private final String projectKey;
    private final String summary;
    private final String treeUrl;
    private final List<CalibrationLine> lines;
    private final String chartData;

    public CalibrationView(String projectKey, String summary, String treeUrl, List<CalibrationLine> lines,
                           String chartData) {
        this.projectKey = escape(projectKey);
        this.summary = escape(summary);
        this.treeUrl = escape(treeUrl);
        this.lines = List.copyOf(lines);
        this.chartData = escape(chartData);
    }

    public String getProjectKeyHtml() {
        return projectKey;
    }

    /** "ρ = 0.82 over 6 done epics" or why there is none. */
    public String getSummaryHtml() {
        return summary;
    }

    public String getTreeUrlHtml() {
        return treeUrl;
    }

    public List<CalibrationLine> getLines() {
        return lines;
    }

    public int getN() {
        return lines.size();
    }

    public boolean isHasLines() {
        return !lines.isEmpty();
    }

    /** The points as JSON for the scatter (escaped for the attribute it sits in). */
    public String getChartDataHtml() {
        return chartData;
    }
}
