package com.outcomes.rest.dto;

import java.time.LocalDate;

/** One item of GET /outcomes/closed: what was learned from a closed outcome. */
public record ClosedOutcomeJson(String issueKey, String summary, String result, String learning, LocalDate closedOn,
                                String closedBy, Double finalScore) {
}
