package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** One closed outcome on the "What we learned" page. String getters end in Html: escaped text. */
public final class LearnedItem {

    private final IssueLink outcome;
    private final String resultCode;
    private final String resultLabel;
    private final String learning;
    private final String closedText;
    private final String finalScore;

    /**
     * @param resultCode  ACHIEVED, MISSED or ABANDONED (for styling)
     * @param learning    the learning as typed (raw), or null for an achieved outcome without one
     * @param closedText  "Closed on 10 Nov 2026 by admin" (raw)
     * @param finalScore  "Final score 0.25", or null without an outcome metric (raw)
     */
    public LearnedItem(IssueLink outcome, String resultCode, String resultLabel, String learning, String closedText,
                       String finalScore) {
        this.outcome = outcome;
        this.resultCode = escape(resultCode);
        this.resultLabel = escape(resultLabel);
        this.learning = learning == null ? null : escape(learning);
        this.closedText = escape(closedText);
        this.finalScore = finalScore == null ? null : escape(finalScore);
    }

    public IssueLink getOutcome() {
        return outcome;
    }

    public String getResultCodeHtml() {
        return resultCode;
    }

    public String getResultLabelHtml() {
        return resultLabel;
    }

    public String getLearningHtml() {
        return learning;
    }

    public String getClosedTextHtml() {
        return closedText;
    }

    public String getFinalScoreHtml() {
        return finalScore;
    }
}
