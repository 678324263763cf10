package com.outcomes.preview.work;

import java.time.LocalDate;
import java.util.List;

import com.outcomes.port.IssueRef;
import com.outcomes.preview.jql.SearchableIssue;

/**
 * One issue of the issues document, reduced to what the preview needs. A Data Center document holds a million of
 * them, so each is one small object around its {@link SearchableIssue} (key, project, status, epic: what the JQL
 * subset reads) plus what only the preview reads; the {@link IssueRef} core sees is made when asked for.
 *
 * @param searchable what the JQL subset reads of the issue; its {@code epicKey} is the epic the issue belongs to
 *                   (epic link field, or parent when the parent is an epic), null if none
 * @param summary    the summary, "" when the document has none
 * @param coreType   the type as core names it ("Epic" for the site's epic type, whatever its name)
 * @param resolvedOn the calendar date of {@code resolutiondate} in the offset it carries (for a done issue
 *                   without one, of {@code updated})
 * @param sprintIds  the sprints the issue is or was in
 */
record DocumentIssue(SearchableIssue searchable, String summary, String coreType, LocalDate resolvedOn,
                     List<Long> sprintIds) {

    private static final String DONE_CATEGORY = "done";

    DocumentIssue {
        sprintIds = List.copyOf(sprintIds);
    }

    /** With the epic found once every issue is known (a parent that is an epic). */
    DocumentIssue withEpicKey(String epic) {
        return new DocumentIssue(searchable.withEpicKey(epic), summary, coreType, resolvedOn, sprintIds);
    }

    /** The issue as core sees it; a new instance per call, equal each time. */
    IssueRef ref() {
        return new IssueRef(searchable.key(), summary, searchable.project(), coreType);
    }

    String key() {
        return searchable.key();
    }

    String projectKey() {
        return searchable.project();
    }

    boolean isOfType(String coreTypeName) {
        return coreTypeName.equalsIgnoreCase(coreType);
    }

    String statusName() {
        return searchable.status();
    }

    /** In the status category "done". */
    boolean done() {
        return DONE_CATEGORY.equalsIgnoreCase(searchable.statusCategory());
    }

    String epicKey() {
        return searchable.epicKey();
    }
}
