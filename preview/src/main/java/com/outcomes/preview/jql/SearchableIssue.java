package com.outcomes.preview.jql;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the preview's JQL subset can ask of an issue (DESIGN §6), as read from the issues document. Text is kept as the
 * document has it; the subset compares ignoring case.
 *
 * @param issueType      the type name as the site spells it ("Épopée", not core's "Epic")
 * @param statusCategory the category key: {@code new}, {@code indeterminate} or {@code done}; null when not given
 * @param epicKey        the epic the issue belongs to (epic link field, or its epic parent); null if none
 * @param parentKey      the parent issue (sub-task or child of an epic); null if none
 * @param resolved       whether the issue has a resolution
 * @param resolvedOn     the day of {@code resolutiondate} (never of {@code updated}); null if none
 */
public record SearchableIssue(String key, String project, String issueType, String status, String statusCategory,
                              Set<String> labels, String epicKey, String parentKey, boolean resolved,
                              LocalDate created, LocalDate resolvedOn) {

    public SearchableIssue {
        labels = Set.copyOf(labels);
    }

    public SearchableIssue withEpicKey(String epic) {
        return new SearchableIssue(key, project, issueType, status, statusCategory, labels, epic, parentKey, resolved,
                created, resolvedOn);
    }
}
