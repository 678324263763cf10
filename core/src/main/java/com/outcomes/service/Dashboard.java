package com.outcomes.service;

import java.time.LocalDate;
import java.util.List;

/** The "Outcomes vs Output" aggregate (DESIGN §5). */
public record Dashboard(LocalDate asOf, int weeks, List<ChallengeGroup> challenges, List<OutcomeRow> unassigned) {
}
