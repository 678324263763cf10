package com.outcomes.view;

import java.util.List;

/**
 * The check-ins of an outcome on its panel: newest first, the confidence trend as the points of a small SVG polyline
 * (oldest on the left; empty with fewer than two check-ins), and whether the viewer may add one.
 */
public final class CheckInSection {

    private final List<CheckInLine> lines;
    private final String trendPoints;
    private final boolean canAdd;

    /** @param trendPoints "x,y x,y …" in the 100 × 30 box of the template's SVG: digits, commas and spaces only */
    public CheckInSection(List<CheckInLine> lines, String trendPoints, boolean canAdd) {
        this.lines = List.copyOf(lines);
        this.trendPoints = Html.escape(trendPoints);
        this.canAdd = canAdd;
    }

    public List<CheckInLine> getLines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public String getTrendPointsHtml() {
        return trendPoints;
    }

    public boolean isHasTrend() {
        return !trendPoints.isEmpty();
    }

    public boolean isCanAdd() {
        return canAdd;
    }
}
