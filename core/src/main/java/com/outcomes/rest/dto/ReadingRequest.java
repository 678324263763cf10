package com.outcomes.rest.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.outcomes.domain.NewReading;

/** Body of POST /metrics/{id}/readings. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReadingRequest(Double value, LocalDate measuredAt, String note, Long supersedes) {

    /** A missing value becomes NaN so the domain validator names the field as not a finite number. */
    public NewReading toNewReading() {
        return new NewReading(value == null ? Double.NaN : value, measuredAt, note, null, supersedes);
    }
}
