package com.outcomes.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link OutcomeLint} checks: an Outcome or Challenge issue's statement (its summary), its
 * metrics with their reading histories (by metric id; a missing entry means no readings), and for a
 * challenge the number of outcomes that measure it. Null lists/maps are read as empty, null elements are dropped.
 */
public record LintSubject(String issueKey, String summary, boolean challenge, List<Metric> metrics,
                          Map<Long, ReadingHistory> histories, int outcomeCount) {

    public LintSubject {
        // lint must never throw on incomplete data, so nulls are dropped rather than rejected
        metrics = metrics == null ? List.of() : metrics.stream().filter(Objects::nonNull).toList();
        histories = histories == null ? Map.of() : histories.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
