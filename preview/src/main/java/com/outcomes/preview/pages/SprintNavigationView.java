package com.outcomes.preview.pages;

import java.util.List;

/** {@code templates/preview/sprint-navigation.vm}'s model: the neighbours (null at either end) and the picker. */
public final class SprintNavigationView {

    private final SprintLinkView previous;
    private final SprintLinkView next;
    private final List<OptionView> sprints;

    SprintNavigationView(SprintLinkView previous, SprintLinkView next, List<OptionView> sprints) {
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

    public List<OptionView> getSprints() {
        return sprints;
    }
}
