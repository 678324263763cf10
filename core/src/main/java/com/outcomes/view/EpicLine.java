package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/** An epic linked to an outcome with its output (issues done of all). String getters end in Html: escaped text. */
public final class EpicLine {

    private final String key;
    private final String summary;
    private final String url;
    private final int done;
    private final int total;
    private final String calibration;

    public EpicLine(String key, String summary, String url, int done, int total) {
        this(key, summary, url, done, total, null);
    }

    /** @param calibration predicted impact beside the observed change (DESIGN §3b), or null when not rated */
    public EpicLine(String key, String summary, String url, int done, int total, String calibration) {
        this.calibration = escape(calibration);
        this.key = escape(key);
        this.summary = escape(summary);
        this.url = escape(url);
        this.done = done;
        this.total = total;
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

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }

    /** Done of total as a fraction with 3 decimals, for the dashboard's bar drawn by the script; "0.000" for none. */
    public String getShareHtml() {
        return Formats.fraction(total == 0 ? 0.0 : (double) done / total);
    }

    /** "Predicted impact 2 · outcome moved +10 pts while it shipped (…)", or null for an epic without RICE. */
    public String getCalibrationHtml() {
        return calibration;
    }
}
