package com.outcomes.rest.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * GET /tree: challenges → outcomes → metrics (each LEADING metric with a parent under that parent, in
 * {@code leading}) → epics. Field names follow the dashboard's: {@code issueKey}, {@code summary}, a metric is the
 * metric JSON of DESIGN §5, an epic {@code key}, {@code summary}, {@code done}, {@code total} with its {@code rice}
 * and {@code score} as in {@code /outcomes/{key}/epics}.
 */
public record TreeJson(String projectKey, LocalDate asOf, List<Challenge> challenges, List<Outcome> unassigned) {

    public record Challenge(String issueKey, String summary, List<MetricNode> metrics, List<Outcome> outcomes) {
    }

    /** {@code closed}: true when the outcome is closed (DESIGN §3b), so it is shown greyed. */
    public record Outcome(String issueKey, String summary, boolean closed, List<MetricNode> metrics, List<Epic> epics) {
    }

    public record MetricNode(MetricJson metric, List<MetricNode> leading) {
    }

    public record Epic(String key, String summary, int done, int total, EpicsJson.RiceJson rice, Double score) {
    }
}
