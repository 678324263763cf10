package com.outcomes.port;

import java.time.LocalDate;

/** An issue of a sprint with the epic it belongs to (null if none), whether it is done and when it was resolved. */
public record SprintIssue(String key, String epicKey, boolean done, LocalDate resolvedOn) {
}
