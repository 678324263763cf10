package com.outcomes.rest.dto;

import java.time.LocalDate;

/** An outcome's closure (DESIGN §5, POST /outcomes/{key}/close and /reopen; a dashboard outcome's {@code closed}). */
public record ClosureJson(String issueKey, String result, String learning, LocalDate closedOn, String closedBy,
                          Double finalScore) {
}
