package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * One epic meant to move an outcome, on the outcome's one list of epics ({@code templates/rice.vm}), ranked by RICE:
 * the epic with its output and calibration ({@link EpicLine}), its RICE inputs as typed back into the inline form
 * (null when not scored yet) and its score. String getters end in Html: escaped text.
 */
public final class RiceLine {

    private final EpicLine epic;
    private final String reach;
    private final List<Choice> impacts;
    private final String confidence;
    private final String effort;
    private final String score;

    /**
     * @param impacts the impact scale, the epic's own selected (the form's choices; the viewers' line names the chosen one)
     * @param score   the score as printed ("1,234.5"), or null for an epic not scored yet
     */
    public RiceLine(EpicLine epic, String reach, List<Choice> impacts, String confidence, String effort, String score) {
        this.epic = epic;
        this.reach = escape(reach);
        this.impacts = List.copyOf(impacts);
        this.confidence = escape(confidence);
        this.effort = escape(effort);
        this.score = escape(score);
    }

    /** The epic: key, summary, link, done of total and the calibration text. */
    public EpicLine getEpic() {
        return epic;
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
