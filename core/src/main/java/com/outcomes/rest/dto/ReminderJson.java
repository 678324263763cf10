package com.outcomes.rest.dto;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A stored reminder on {@code GET /reminders} (DESIGN §3b): delivered or not, with the error. */
@JsonPropertyOrder({"id", "metricId", "issueKey", "owner", "kind", "dueDate", "createdAt", "delivered", "error"})
public record ReminderJson(long id, long metricId, String issueKey, String owner, String kind, LocalDate dueDate,
                           Instant createdAt, boolean delivered, String error) {
}
