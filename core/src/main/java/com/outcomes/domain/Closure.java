package com.outcomes.domain;

import java.time.LocalDate;

/**
 * An outcome's current closure (DESIGN §3b): how it ended, what was learned, on which day and by whom, and the OKR
 * score of its OUTCOME metric as of that day ({@code finalScore}, null without one).
 */
public record Closure(String issueKey, OutcomeResult result, String learning, LocalDate closedOn, String closedBy,
                      Double finalScore) {
}
