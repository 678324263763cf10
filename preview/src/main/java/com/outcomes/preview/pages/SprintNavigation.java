package com.outcomes.preview.pages;

import java.util.Comparator;
import java.util.List;

import com.outcomes.port.Sprint;
import com.outcomes.view.Choice;
import com.outcomes.view.I18n;

/**
 * Above a sprint review: the previous and next sprint by start date, and a picker of every sprint of the work data the
 * viewer may see, so no review is a dead end and sprints older than the dashboard's recent links stay one click away.
 */
final class SprintNavigation {

    private final List<Sprint> allSprints;
    private final VisibleSprints visible;
    private final I18n i18n;

    SprintNavigation(List<Sprint> sprints, VisibleSprints visible, I18n i18n) {
        // sprints without a start date go last, in id order: they cannot be placed in time
        this.allSprints = sprints.stream()
                .sorted(Comparator.comparing(Sprint::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(Sprint::id))
                .toList();
        this.visible = visible;
        this.i18n = i18n;
    }

    /** Neighbours and picker among the sprints the user may see; the others are not named. */
    SprintNavigationView view(long currentId, String user) {
        List<Sprint> sprints = visible.visibleTo(user, allSprints);
        int at = -1;
        for (int i = 0; i < sprints.size(); i++) {
            if (sprints.get(i).id() == currentId) {
                at = i;
            }
        }
        SprintLinkView previous = at > 0 ? link(sprints.get(at - 1), "outcomes.web.sprint.previous") : null;
        SprintLinkView next = at >= 0 && at < sprints.size() - 1 ? link(sprints.get(at + 1), "outcomes.web.sprint.next") : null;
        List<Choice> picker = sprints.stream()
                .map(s -> new Choice(String.valueOf(s.id()), s.name(), s.id() == currentId))
                .toList();
        return new SprintNavigationView(previous, next, picker);
    }

    private SprintLinkView link(Sprint sprint, String key) {
        return new SprintLinkView(sprint.id(), i18n.getText(key, sprint.name()), null);
    }
}
