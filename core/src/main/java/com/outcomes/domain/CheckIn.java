package com.outcomes.domain;

import java.time.Instant;

/** A stored check-in on an outcome: append-only, never changed or deleted. {@code comment} is null when none was given. */
public record CheckIn(long id, String issueKey, int confidence, String comment, String createdBy, Instant createdAt) {
}
