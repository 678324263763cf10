package com.outcomes.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The body of {@code POST /jobs/run}: readings computed, reminders stored, metrics that failed. */
@JsonPropertyOrder({"computed", "reminders", "errors"})
public record JobResultJson(int computed, int reminders, int errors) {
}
