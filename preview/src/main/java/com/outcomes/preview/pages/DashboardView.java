package com.outcomes.preview.pages;

import static com.outcomes.view.Html.escape;

import java.util.List;

import com.outcomes.view.Choice;

/**
 * The dashboard page's model ({@code templates/preview/dashboard.vm}): the gadget's preferences as form options, the
 * recent sprints, and what the gadget is asked to show. String getters end in Html: escaped text.
 */
public final class DashboardView {

    private final List<Choice> projects;
    private final List<Choice> challenges;
    private final List<Choice> weeks;
    private final List<SprintLinkView> sprints;
    private final String project;
    private final String challenge;
    private final int weeksShown;

    DashboardView(List<Choice> projects, List<Choice> challenges, List<Choice> weeks,
                  List<SprintLinkView> sprints, String project, String challenge, int weeksShown) {
        this.projects = List.copyOf(projects);
        this.challenges = List.copyOf(challenges);
        this.weeks = List.copyOf(weeks);
        this.sprints = List.copyOf(sprints);
        this.project = escape(project);
        this.challenge = escape(challenge);
        this.weeksShown = weeksShown;
    }

    public List<Choice> getProjects() {
        return projects;
    }

    public List<Choice> getChallenges() {
        return challenges;
    }

    public List<Choice> getWeeks() {
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
