package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** An epic in the outcome tree: its link, done of total, and its RICE against the outcome. Html getters: escaped. */
public final class TreeEpicLine {

    private final IssueLink issue;
    private final String output;
    private final String share;
    private final String rice;

    /** @param rice "RICE 250 · impact 2", or null when the epic is not rated against the outcome */
    public TreeEpicLine(IssueLink issue, String output, String share, String rice) {
        this.issue = issue;
        this.output = escape(output);
        this.share = escape(share);
        this.rice = escape(rice);
    }

    public IssueLink getIssue() {
        return issue;
    }

    /** "3 / 8 done". */
    public String getOutputHtml() {
        return output;
    }

    /** Done of total as a fraction with 3 decimals, for the bar. */
    public String getShareHtml() {
        return share;
    }

    public String getRiceHtml() {
        return rice;
    }
}
