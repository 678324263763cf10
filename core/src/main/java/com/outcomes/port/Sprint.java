package com.outcomes.port;

import java.time.LocalDate;

/** A Jira Software sprint; {@code state} is "future", "active" or "closed". Dates may be null for a future sprint. */
public record Sprint(long id, String name, String state, LocalDate startDate, LocalDate endDate) {
}
