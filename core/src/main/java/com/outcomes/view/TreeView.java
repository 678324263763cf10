package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/** The outcome tree page (templates/tree.vm): a project's challenges, their outcomes and the unassigned outcomes. */
public final class TreeView {

    private final String projectKey;
    private final String asOf;
    private final String calibrationUrl;
    private final List<TreeChallengeView> challenges;
    private final List<TreeOutcomeView> unassigned;

    public TreeView(String projectKey, String asOf, String calibrationUrl, List<TreeChallengeView> challenges,
                    List<TreeOutcomeView> unassigned) {
        this.projectKey = escape(projectKey);
        this.asOf = escape(asOf);
        this.calibrationUrl = escape(calibrationUrl);
        this.challenges = List.copyOf(challenges);
        this.unassigned = List.copyOf(unassigned);
    }

    public String getProjectKeyHtml() {
        return projectKey;
    }

    public String getAsOfHtml() {
        return asOf;
    }

    /** The project's RICE calibration page. */
    public String getCalibrationUrlHtml() {
        return calibrationUrl;
    }

    public List<TreeChallengeView> getChallenges() {
        return challenges;
    }

    public List<TreeOutcomeView> getUnassigned() {
        return unassigned;
    }

    public boolean isHasUnassigned() {
        return !unassigned.isEmpty();
    }

    public boolean isEmpty() {
        return challenges.isEmpty() && unassigned.isEmpty();
    }
}
