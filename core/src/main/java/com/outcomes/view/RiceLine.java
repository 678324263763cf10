package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * One epic in the outcome's RICE ranking ({@code templates/rice.vm}): its inputs as typed back into the inline form
 * (null when not scored yet) and its score. String getters end in Html: escaped text.
 */
public final class RiceLine {

    private final String key;
    private final String summary;
    private final String url;
    private final String reach;
    private final List<Choice> impacts;
    private final String confidence;
    private final String effort;
    private final String score;

    /** @param score the score as printed ("1,234.5"), or null for an epic not scored yet */
    public RiceLine(String key, String summary, String url, String reach, List<Choice> impacts, String confidence,
                    String effort, String score) {
        this.key = escape(key);
        this.summary = escape(summary);
        this.url = escape(url);
        this.reach = escape(reach);
        this.impacts = List.copyOf(impacts);
        this.confidence = escape(confidence);
        this.effort = escape(effort);
        this.score = escape(score);
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

    public String getReachHtml() {
        return reach;
    }

    /** The five impacts (0.25 … 3), the epic's own selected. */
    public List<Choice> getImpacts() {
        return impacts;
    }

    /** The chosen impact ("0.25" … "3"), or null when not scored. */
    public String getImpactHtml() {
        return impacts.stream().filter(Choice::isSelected).map(Choice::getValueHtml).findFirst().orElse(null);
    }

    public String getConfidenceHtml() {
        return confidence;
    }

    public String getEffortHtml() {
        return effort;
    }

    public String getScoreHtml() {
        return score;
    }

    public boolean isScored() {
        return score != null;
    }
}
