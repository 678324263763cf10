package com.outcomes.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.outcomes.domain.ComputedBy;

/**
 * {@code computed} of a metric (DESIGN §3b), in requests and answers: {@code {"jql", "per", "scale"}}; a request's
 * missing scale is 1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComputedJson(String jql, String per, Double scale) {

    public static ComputedJson of(ComputedBy computed) {
        return computed == null ? null : new ComputedJson(computed.jql(), computed.per(), computed.scale());
    }

    public ComputedBy toComputed() {
        return new ComputedBy(jql, per, scale == null ? 1 : scale);
    }
}
