package com.outcomes.rest.dto;

/** POST /metrics/{id}/readings/import: how many readings were stored. */
public record ImportJson(int imported) {
}
