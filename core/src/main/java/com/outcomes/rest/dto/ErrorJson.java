package com.outcomes.rest.dto;

import java.util.List;

/** The one error body of DESIGN §5. */
public record ErrorJson(int status, List<FieldErrorJson> errors) {

    public record FieldErrorJson(String field, String message) {
    }
}
