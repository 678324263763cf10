package com.outcomes.port;

import java.time.LocalDate;
import java.util.List;

/**
 * Output of one epic: how many of its issues exist, how many are done (status category Done), and
 * the resolution day of each done issue (calendar date in the offset the timestamp carries; an
 * entry may be null when Jira has no resolution date for a done issue).
 */
public record EpicWork(IssueRef epic, int total, int done, List<LocalDate> doneDates) {

    public EpicWork {
        doneDates = doneDates == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(doneDates));
    }
}
