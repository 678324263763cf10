package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** A metric's movement between a sprint's start and end. String getters end in Html: escaped text. */
public final class ReviewMovement {

    private final String name;
    private final String kindLabel;
    private final String start;
    private final String end;
    private final String change;
    private final String direction;
    private final String verdict;
    private final String statusCode;
    private final String statusLabel;
    private final String staleText;

    /**
     * @param direction "better", "worse", "flat" or "unknown": judged by the metric's good direction (a CSS hook; the
     *                  change text carries the sign)
     * @param verdict   the same in words ("better" / "worse"), or null when there is nothing to judge
     */
    public ReviewMovement(String name, String kindLabel, String start, String end, String change, String direction,
                          String verdict,
                          String statusCode, String statusLabel, String staleText) {
        this.name = escape(name);
        this.kindLabel = escape(kindLabel);
        this.start = escape(start);
        this.end = escape(end);
        this.change = escape(change);
        this.direction = escape(direction);
        this.verdict = escape(verdict);
        this.statusCode = escape(statusCode);
        this.statusLabel = escape(statusLabel);
        this.staleText = escape(staleText);
    }

    public String getNameHtml() {
        return name;
    }

    public String getKindLabelHtml() {
        return kindLabel;
    }

    public String getStartHtml() {
        return start;
    }

    public String getEndHtml() {
        return end;
    }

    public String getChangeHtml() {
        return change;
    }

    public String getDirectionHtml() {
        return direction;
    }

    public String getVerdictHtml() {
        return verdict;
    }

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

    public String getStaleTextHtml() {
        return staleText;
    }
}
