package com.outcomes.rest.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard body of DESIGN §5, plus (additive) {@code windowStart}: the Monday the window begins; a challenge's own
 * {@code metrics} (its KPIs); and an outcome's {@code notes}: why a signal one might expect is absent.
 */
public record DashboardJson(LocalDate asOf, int weeks, List<Challenge> challenges, List<Outcome> unassigned,
                            LocalDate windowStart) {

    public record Challenge(String issueKey, String summary, Double okrScore, List<Outcome> outcomes,
                            List<MetricJson> metrics) {
    }

    /** {@code checkin}: the outcome's latest check-in, or null; {@code closed}: its current closure, null while open
     * (DESIGN §5, second wave). */
    public record Outcome(String issueKey, String summary, List<MetricJson> metrics, Output output, List<SignalJson> signals,
                          List<SignalJson> notes, CheckInJson checkin, ClosureJson closed) {
    }

    public record Output(List<Epic> epics, int doneInWindow, List<Week> doneByWeek) {
    }

    public record Epic(String key, String summary, int done, int total) {
    }

    public record Week(LocalDate weekStart, int done) {
    }

    public record SignalJson(String code, String message) {
    }
}
