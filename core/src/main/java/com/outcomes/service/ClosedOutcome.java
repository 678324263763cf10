package com.outcomes.service;

import com.outcomes.domain.Closure;
import com.outcomes.port.IssueRef;

/** A closed outcome on the "What we learned" page: the issue (its summary) and its current closure. */
public record ClosedOutcome(IssueRef outcome, Closure closure) {
}
