package com.outcomes.rest.dto;

import java.time.Instant;
import java.util.List;

import com.outcomes.domain.CheckIn;

/** A check-in in JSON (DESIGN §5); {@code createdAt} an ISO instant like a reading's {@code recordedAt}. */
public record CheckInJson(long id, String issueKey, int confidence, String comment, String createdBy,
                          Instant createdAt) {

    public static CheckInJson of(CheckIn c) {
        return c == null ? null
                : new CheckInJson(c.id(), c.issueKey(), c.confidence(), c.comment(), c.createdBy(), c.createdAt());
    }

    public static List<CheckInJson> of(List<CheckIn> checkIns) {
        return checkIns.stream().map(CheckInJson::of).toList();
    }
}
