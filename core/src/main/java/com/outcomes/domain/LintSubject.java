package com.outcomes.domain;

import java.util.List;
import java.util.Map;

/**
 * What {@link OutcomeLint} checks: an Outcome or Challenge issue's statement (its summary), its
 * metrics with their reading histories (by metric id; a missing entry means no readings), and for a
 * challenge the number of outcomes that measure it. Null lists/maps are read as empty.
 */
public record LintSubject(String issueKey, String summary, boolean challenge, List<Metric> metrics,
                          Map<Long, ReadingHistory> histories, int outcomeCount) {

    public LintSubject {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        histories = histories == null ? Map.of() : Map.copyOf(histories);
    }
}
