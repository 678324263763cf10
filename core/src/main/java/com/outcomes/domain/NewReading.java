package com.outcomes.domain;

import java.time.LocalDate;

/** A reading as submitted, before it is stored (no id, recorded-at or recorder yet). */
public record NewReading(double value, LocalDate measuredAt, String note, String source, Long supersedes) {
}
