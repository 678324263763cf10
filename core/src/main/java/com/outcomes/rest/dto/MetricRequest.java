package com.outcomes.rest.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;

/**
 * Body of POST /metrics and PUT /metrics/{id}; {@code issueKey} is only read on POST. {@code owner} defaults to the
 * caller on POST and to the current owner on PUT; {@code computed} null means measured by hand.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetricRequest(
        String issueKey,
        MetricKind kind,
        String name,
        String unit,
        Double baseline,
        Double target,
        LocalDate startDate,
        LocalDate targetDate,
        Integer cadenceDays,
        Long parentMetricId,
        String source,
        Double threshold,
        GuardrailComparator comparator,
        String owner,
        ComputedJson computed) {

    /** Missing cadence becomes 0 so the domain validator reports it with its range, in the one place rules live. */
    public MetricDefinition toDefinition() {
        return new MetricDefinition(kind, name, unit, baseline, target, startDate, targetDate,
                cadenceDays == null ? 0 : cadenceDays, parentMetricId, source, threshold, comparator, owner,
                computed == null ? null : computed.toComputed());
    }
}
