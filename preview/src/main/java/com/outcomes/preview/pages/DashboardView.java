package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * The dashboard page's model ({@code templates/preview/dashboard.vm}): the gadget's preferences as form options, the
 * recent sprints, and what the gadget is asked to show. String getters end in Html: escaped text.
 */
public final class DashboardView {

    private final List<OptionView> projects;
    private final List<OptionView> challenges;
    private final List<OptionView> weeks;
    private final List<SprintLinkView> sprints;
    private final String project;
    private final String challenge;
    private final int weeksShown;

    DashboardView(List<OptionView> projects, List<OptionView> challenges, List<OptionView> weeks,
                  List<SprintLinkView> sprints, String project, String challenge, int weeksShown) {
        this.projects = List.copyOf(projects);
        this.challenges = List.copyOf(challenges);
        this.weeks = List.copyOf(weeks);
        this.sprints = List.copyOf(sprints);
        this.project = escape(project);
        this.challenge = escape(challenge);
        this.weeksShown = weeksShown;
    }

    public List<OptionView> getProjects() {
        return projects;
    }

    public List<OptionView> getChallenges() {
        return challenges;
    }

    public List<OptionView> getWeeks() {
        return weeks;
    }

    public List<SprintLinkView> getSprints() {
        return sprints;
    }

    public boolean getHasSprints() {
        return !sprints.isEmpty();
    }

    public String getProjectHtml() {
        return project;
    }

    public String getChallengeHtml() {
        return challenge;
    }

    public int getWeeksShown() {
        return weeksShown;
    }
}
