package com.outcomes.service;

import java.time.LocalDate;

/** Issues done in the week starting on that Monday. */
public record WeekCount(LocalDate weekStart, int done) {
}
