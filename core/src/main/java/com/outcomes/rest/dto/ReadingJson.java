package com.outcomes.rest.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A reading in JSON (§5); superseded readings stay in history, marked. */
public record ReadingJson(long id, double value, LocalDate measuredAt, Instant recordedAt, String recordedBy,
                          String note, String source, Long supersedes, boolean superseded) {
}
