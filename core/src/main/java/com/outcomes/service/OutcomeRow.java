package com.outcomes.service;

import java.util.List;

import com.outcomes.port.IssueRef;

/** One outcome on the dashboard: its metrics (leading indicators included), its output, and signals. */
public record OutcomeRow(IssueRef issue, List<MetricView> metrics, Output output, List<Signal> signals) {
}
