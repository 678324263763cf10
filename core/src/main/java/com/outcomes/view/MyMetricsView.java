package com.outcomes.view;

import java.util.List;

/** "My metrics" (DESIGN §3b, §4): the viewer's metrics due within a week or stale, soonest first. */
public final class MyMetricsView {

    private final List<MyMetricLine> lines;

    public MyMetricsView(List<MyMetricLine> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<MyMetricLine> getLines() {
        return lines;
    }

    public boolean isHasLines() {
        return !lines.isEmpty();
    }
}
