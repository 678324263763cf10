package com.outcomes.bench;

import java.util.Locale;

/** The target rows of the page paint and weight case (issue 18, target 5) in RESULTS.md's table of targets. */
final class PaintRows {

    static final double FIRST_CHART_MS = 1000;
    static final double VISIBLE_CHARTS_MS = 2000;

    private PaintRows() {
    }

    /** Three rows; the figures in the first column of databases (the page runs on the preview jar's HSQLDB file). */
    static void append(StringBuilder md, PaintBench.Results paint, int databases) {
        PagePaint.Result p = paint.paint();
        String blanks = " |".repeat(Math.max(0, databases - 1));
        md.append(String.format(Locale.ROOT, "| dashboard page, 200 outcomes, headless Chromium: first chart ≤ 1 s (median of %d loads) "
                        + "| %.0f ms (p95 %.0f) |%s %s |\n", p.loads(), p.firstChart().median(), p.firstChart().p95(), blanks,
                verdict(p.firstChart().median() <= FIRST_CHART_MS)));
        md.append(String.format(Locale.ROOT, "| dashboard page: all visible charts ≤ 2 s (median of %d loads) | %.0f ms (p95 %.0f); "
                        + "our JS/CSS %,d bytes cold, %,d warm |%s %s |\n", p.loads(), p.visibleCharts().median(),
                p.visibleCharts().p95(), p.coldTransferred(), p.warmTransferred(), blanks,
                verdict(p.visibleCharts().median() <= VISIBLE_CHARTS_MS)));
        md.append(String.format(Locale.ROOT, "| our JS/CSS on a Jira issue view without our panels = 0 bytes (web-resource contexts) "
                        + "| %,d bytes (%s) |%s %s |\n", paint.issueView().issueViewBytes(),
                paint.issueView().onIssueView().isEmpty() ? "none in an issue-view context"
                        : String.join(", ", paint.issueView().onIssueView().stream().map(WebResourceContexts.WebResource::key).toList()),
                blanks, verdict(paint.issueView().issueViewBytes() == 0)));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }
}
