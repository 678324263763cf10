package com.outcomes.preview.pages;

import java.util.List;

import com.outcomes.port.AccessPolicy;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;

/**
 * Whether a user may know a sprint exists: only when it holds an issue they may browse, the rule under which its
 * review answers 404 to everyone else. Links, pickers and neighbours all ask here, so no page names a sprint its
 * review would deny.
 */
final class VisibleSprints {

    private final WorkTracker work;
    private final AccessPolicy access;

    VisibleSprints(WorkTracker work, AccessPolicy access) {
        this.work = work;
        this.access = access;
    }

    boolean visibleTo(String user, Sprint sprint) {
        if (user == null) {
            return false;
        }
        List<String> keys = work.sprintIssues(sprint.id()).stream().map(SprintIssue::key).toList();
        return !keys.isEmpty() && !access.visible(user, keys).isEmpty();
    }
}
