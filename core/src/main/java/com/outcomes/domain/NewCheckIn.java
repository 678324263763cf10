package com.outcomes.domain;

/**
 * A check-in as submitted (DESIGN §3b), before it is stored: a person's confidence that the outcome will be reached,
 * 1..10, and an optional comment. {@code confidence} is null when it was not given, so the validator can name it.
 */
public record NewCheckIn(Integer confidence, String comment) {
}
