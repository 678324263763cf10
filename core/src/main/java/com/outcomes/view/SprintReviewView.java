package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/** The sprint review page ({@code templates/sprint-review.vm}). String getters end in Html: escaped text. */
public final class SprintReviewView {

    private final long sprintId;
    private final String name;
    private final String dates;
    private final String stateLabel;
    private final int doneInSprint;
    private final int doneOutsideOutcomes;
    private final List<ReviewOutcome> outcomes;

    public SprintReviewView(long sprintId, String name, String dates, String stateLabel, int doneInSprint,
                            int doneOutsideOutcomes, List<ReviewOutcome> outcomes) {
        this.sprintId = sprintId;
        this.name = escape(name);
        this.dates = escape(dates);
        this.stateLabel = escape(stateLabel);
        this.doneInSprint = doneInSprint;
        this.doneOutsideOutcomes = doneOutsideOutcomes;
        this.outcomes = List.copyOf(outcomes);
    }

    public long getSprintId() {
        return sprintId;
    }

    public String getNameHtml() {
        return name;
    }

    public String getDatesHtml() {
        return dates;
    }

    public String getStateLabelHtml() {
        return stateLabel;
    }

    public int getDoneInSprint() {
        return doneInSprint;
    }

    public int getDoneOutsideOutcomes() {
        return doneOutsideOutcomes;
    }

    public List<ReviewOutcome> getOutcomes() {
        return outcomes;
    }

    public int getOutcomeCount() {
        return outcomes.size();
    }

    public boolean isHasOutcomes() {
        return !outcomes.isEmpty();
    }
}
