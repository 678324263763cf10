package com.outcomes.domain;

/** Least-squares projection of a metric's readings at its target date. */
public record Forecast(double value, boolean reachesTarget) {
}
