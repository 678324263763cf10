package com.outcomes.preview.work;

import java.time.LocalDate;
import java.util.List;

import com.outcomes.port.IssueRef;
import com.outcomes.preview.jql.SearchableIssue;

/**
 * One issue of the issues document, reduced to what the preview needs. {@code epicKey} is the epic
 * the issue belongs to (epic link field, or parent when the parent is an epic), null if none;
 * {@code resolvedOn} is the calendar date of {@code resolutiondate} in the offset it carries (for a done issue
 * without one, of {@code updated}); {@code searchable} is what the JQL subset reads of it.
 */
record DocumentIssue(
        IssueRef ref,
        String statusName,
        boolean done,
        LocalDate resolvedOn,
        String epicKey,
        List<Long> sprintIds,
        SearchableIssue searchable) {

    DocumentIssue {
        sprintIds = List.copyOf(sprintIds);
    }

    /** With the epic found once every issue is known (a parent that is an epic). */
    DocumentIssue withEpicKey(String epic) {
        return new DocumentIssue(ref, statusName, done, resolvedOn, epic, sprintIds,
                searchable == null ? null : searchable.withEpicKey(epic));
    }

    String key() {
        return ref.key();
    }
}
