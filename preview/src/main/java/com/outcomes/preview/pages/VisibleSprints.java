package com.outcomes.preview.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.port.AccessPolicy;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;

/**
 * Which sprints a user may know exist: those holding an issue they may browse, the rule under which a review answers
 * 404 to everyone else. Links, pickers and neighbours all ask here, so no page names a sprint its review would deny.
 */
final class VisibleSprints {

    private final WorkTracker work;
    private final AccessPolicy access;

    VisibleSprints(WorkTracker work, AccessPolicy access) {
        this.work = work;
        this.access = access;
    }

    /** The given sprints the user may see, in the given order; one visibility question for all of them. */
    List<Sprint> visibleTo(String user, List<Sprint> sprints) {
        if (user == null || sprints.isEmpty()) {
            return List.of();
        }
        Map<Sprint, List<String>> keysBySprint = new LinkedHashMap<>();
        for (Sprint sprint : sprints) {
            keysBySprint.put(sprint, work.sprintIssues(sprint.id()).stream().map(SprintIssue::key).toList());
        }
        Set<String> visible = access.visible(user, keysBySprint.values().stream().flatMap(List::stream).distinct().toList());
        return keysBySprint.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(visible::contains))
                .map(Map.Entry::getKey)
                .toList();
    }
}
