package com.outcomes.rest.dto;

import java.time.LocalDate;
import java.util.List;

/** GET /sprints/{id}/review: each outcome touched by the sprint's done work, with its movement and a read-aloud sentence. */
public record SprintReviewJson(SprintJson sprint, int doneInSprint, int doneOutsideOutcomes, List<OutcomeJson> outcomes) {

    public record SprintJson(long id, String name, String state, LocalDate startDate, LocalDate endDate) {
    }

    /** {@code checkins}: those made during the sprint, newest first (DESIGN §5, second wave). */
    public record OutcomeJson(String issueKey, String summary, int done, List<EpicJson> epics,
                              List<MovementJson> metrics, String sentence, List<CheckInJson> checkins) {
    }

    public record EpicJson(String key, int done) {
    }

    public record MovementJson(long id, String name, String kind, String unit, Double startValue, Double endValue,
                               Double change, String status, boolean stale) {
    }
}
