package com.outcomes.preview.pages;

import java.util.List;

import com.outcomes.view.Choice;

/** {@code templates/preview/sprint-navigation.vm}'s model: the neighbours (null at either end) and the picker. */
public final class SprintNavigationView {

    private final SprintLinkView previous;
    private final SprintLinkView next;
    private final List<Choice> sprints;

    SprintNavigationView(SprintLinkView previous, SprintLinkView next, List<Choice> sprints) {
        this.previous = previous;
        this.next = next;
        this.sprints = List.copyOf(sprints);
    }

    public SprintLinkView getPrevious() {
        return previous;
    }

    public SprintLinkView getNext() {
        return next;
    }

    public List<Choice> getSprints() {
        return sprints;
    }
}
