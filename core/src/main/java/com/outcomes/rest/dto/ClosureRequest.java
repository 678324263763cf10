package com.outcomes.rest.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.outcomes.domain.NewClosure;

/** Body of POST /outcomes/{key}/close: {@code result} is checked by the domain, so a wrong name is named there. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClosureRequest(String result, String learning, LocalDate closedOn) {

    public NewClosure toNewClosure() {
        return new NewClosure(result, learning, closedOn);
    }
}
