package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/**
 * One check-in as the panel, the dashboard and the sprint review print it: who, when, how confident, what they said,
 * and its age in words. String getters end in Html: escaped text.
 */
public final class CheckInLine {

    private final int confidence;
    private final boolean low;
    private final String createdBy;
    private final String when;
    private final String age;
    private final String comment;
    private final String summary;

    /**
     * @param when    the moment, formatted
     * @param age     "today", "3 days ago", translated
     * @param comment null when none was given
     * @param summary "Confidence 4/10 · 3 days ago", translated
     */
    public CheckInLine(int confidence, boolean low, String createdBy, String when, String age, String comment,
                       String summary) {
        this.confidence = confidence;
        this.low = low;
        this.createdBy = escape(createdBy);
        this.when = escape(when);
        this.age = escape(age);
        this.comment = comment == null ? null : escape(comment);
        this.summary = escape(summary);
    }

    public int getConfidence() {
        return confidence;
    }

    /** CONFIDENCE_LOW territory (≤ 3): styled apart. */
    public boolean isLow() {
        return low;
    }

    public String getCreatedByHtml() {
        return createdBy;
    }

    public String getWhenHtml() {
        return when;
    }

    public String getAgeHtml() {
        return age;
    }

    public String getCommentHtml() {
        return comment;
    }

    public boolean isHasComment() {
        return comment != null;
    }

    public String getSummaryHtml() {
        return summary;
    }
}
