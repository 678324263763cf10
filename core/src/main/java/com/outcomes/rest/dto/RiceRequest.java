package com.outcomes.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.outcomes.domain.RiceScore;

/** Body of PUT /outcomes/{key}/epics/{epicKey}/rice. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RiceRequest(Double reach, Double impact, Double confidence, Double effort) {

    public RiceScore toRiceScore() {
        return new RiceScore(orNaN(reach), orNaN(impact), orNaN(confidence), orNaN(effort));
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }
}
