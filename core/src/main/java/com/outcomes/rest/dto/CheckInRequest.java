package com.outcomes.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.outcomes.domain.NewCheckIn;

/** Body of POST /outcomes/{key}/checkins: a whole number (strict: no "7", no 2.5) and optional text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckInRequest(Integer confidence, String comment) {

    public NewCheckIn toNewCheckIn() {
        return new NewCheckIn(confidence, comment);
    }
}
