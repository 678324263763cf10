package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/**
 * On an epic's panel: one outcome the epic is meant to move, with where it stands. String getters end in Html:
 * escaped text.
 */
public final class EpicOutcomeLine {

    private final String key;
    private final String summary;
    private final String url;
    private final String statement;
    private final String current;
    private final String statusCode;
    private final String statusLabel;
    private final String staleText;

    /** {@code statement}, {@code current}, {@code statusCode} may be null when the outcome has no metric yet. */
    public EpicOutcomeLine(String key, String summary, String url, String statement, String current,
                           String statusCode, String statusLabel, String staleText) {
        this.key = escape(key);
        this.summary = escape(summary);
        this.url = escape(url);
        this.statement = escape(statement);
        this.current = escape(current);
        this.statusCode = escape(statusCode);
        this.statusLabel = escape(statusLabel);
        this.staleText = escape(staleText);
    }

    public String getKeyHtml() {
        return key;
    }

    public String getSummaryHtml() {
        return summary;
    }

    public String getUrlHtml() {
        return url;
    }

    public String getStatementHtml() {
        return statement;
    }

    public String getCurrentHtml() {
        return current;
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
