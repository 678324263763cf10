package com.outcomes.rest.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A metric in JSON: its definition (§3) plus id, issueKey, the computed fields of §5 and (§3b) its
 * {@code dueDate}, {@code owner}, {@code computed} (or null) and {@code lastComputeError} (or null). */
@JsonPropertyOrder({"id", "issueKey", "kind", "name", "unit", "baseline", "target", "startDate", "targetDate",
        "cadenceDays", "parentMetricId", "source", "threshold", "comparator", "current", "lastMeasuredAt",
        "progress", "expected", "status", "stale", "daysSinceMeasured", "okrScore", "forecast", "correlation", "dueDate",
        "owner", "computed", "lastComputeError"})
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
        LocalDate dueDate,
        String owner,
        ComputedJson computed,
        ComputeErrorJson lastComputeError) {

    /** {@code {"at", "message"}}: why the last computation recorded nothing (DESIGN §3b). */
    public record ComputeErrorJson(java.time.Instant at, String message) {
    }

    public record ForecastJson(double value, boolean reachesTarget) {
    }

    /** {@code {"r","lagWeeks","n"}} or {@code {"insufficientData": true}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CorrelationJson(Double r, Integer lagWeeks, Integer n, Boolean insufficientData) {
    }
}
