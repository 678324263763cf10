package com.outcomes.service;

/** What a CSV import stored. */
public record ImportResult(int imported) {
}
