package com.outcomes.rest.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A metric in JSON: its definition (§3) plus id, issueKey, the computed fields of §5 and (§3b) its {@code dueDate}. */
@JsonPropertyOrder({"id", "issueKey", "kind", "name", "unit", "baseline", "target", "startDate", "targetDate",
        "cadenceDays", "parentMetricId", "source", "threshold", "comparator", "current", "lastMeasuredAt",
        "progress", "expected", "status", "stale", "daysSinceMeasured", "okrScore", "forecast", "correlation", "dueDate"})
public record MetricJson(
        long id,
        String issueKey,
        String kind,
        String name,
        String unit,
        Double baseline,
        Double target,
        LocalDate startDate,
        LocalDate targetDate,
        int cadenceDays,
        Long parentMetricId,
        String source,
        Double threshold,
        String comparator,
        Double current,
        LocalDate lastMeasuredAt,
        Double progress,
        Double expected,
        String status,
        boolean stale,
        Integer daysSinceMeasured,
        Double okrScore,
        ForecastJson forecast,
        @JsonInclude(JsonInclude.Include.NON_NULL) CorrelationJson correlation,
        LocalDate dueDate) {

    public record ForecastJson(double value, boolean reachesTarget) {
    }

    /** {@code {"r","lagWeeks","n"}} or {@code {"insufficientData": true}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CorrelationJson(Double r, Integer lagWeeks, Integer n, Boolean insufficientData) {
    }
}
