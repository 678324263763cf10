package com.outcomes.preview.work;

import java.time.LocalDate;
import java.util.List;

import com.outcomes.port.IssueRef;

/**
 * One issue of the issues document, reduced to what the preview needs. {@code epicKey} is the epic
 * the issue belongs to (epic link field, or parent when the parent is an epic), null if none;
 * {@code resolvedOn} is the calendar date of {@code resolutiondate} in the offset it carries (for a done issue
 * without one, of {@code updated}).
 */
record DocumentIssue(
        IssueRef ref,
        String statusName,
        boolean done,
        LocalDate resolvedOn,
        String epicKey,
        List<Long> sprintIds) {

    DocumentIssue {
        sprintIds = List.copyOf(sprintIds);
    }

    String key() {
        return ref.key();
    }
}
