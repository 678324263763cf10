package com.outcomes.bench;

/** What a profiled piece of work returned, and where it spent its time. */
public record Profiled<T>(T result, CaseProfile profile) {
}
