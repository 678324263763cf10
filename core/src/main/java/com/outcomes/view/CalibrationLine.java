package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** One done epic on the calibration page: predicted impact beside the outcome's observed change. Html: escaped. */
public final class CalibrationLine {

    private final IssueLink outcome;
    private final IssueLink epic;
    private final String impact;
    private final String score;
    private final String change;
    private final String window;

    public CalibrationLine(IssueLink outcome, IssueLink epic, String impact, String score, String change, String window) {
        this.outcome = outcome;
        this.epic = epic;
        this.impact = escape(impact);
        this.score = escape(score);
        this.change = escape(change);
        this.window = escape(window);
    }

    public IssueLink getOutcome() {
        return outcome;
    }

    public IssueLink getEpic() {
        return epic;
    }

    public String getImpactHtml() {
        return impact;
    }

    public String getScoreHtml() {
        return score;
    }

    /** "+10 pts" of the OUTCOME metric's progress. */
    public String getChangeHtml() {
        return change;
    }

    /** "9 Mar 2026 – 3 May 2026": the days compared. */
    public String getWindowHtml() {
        return window;
    }
}
