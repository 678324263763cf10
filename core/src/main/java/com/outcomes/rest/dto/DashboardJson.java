package com.outcomes.rest.dto;

import java.time.LocalDate;
import java.util.List;

/** The dashboard body of DESIGN §5. */
public record DashboardJson(LocalDate asOf, int weeks, List<Challenge> challenges, List<Outcome> unassigned) {

    public record Challenge(String issueKey, String summary, Double okrScore, List<Outcome> outcomes) {
    }

    public record Outcome(String issueKey, String summary, List<MetricJson> metrics, Output output, List<SignalJson> signals) {
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
