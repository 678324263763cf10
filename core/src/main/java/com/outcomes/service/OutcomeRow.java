package com.outcomes.service;

import java.util.List;

import com.outcomes.port.IssueRef;

/**
 * One outcome on the dashboard: its metrics (leading indicators included), its output, signals, and notes saying why
 * a signal one might expect is absent (e.g. too little output in the window to judge "output without outcome").
 */
public record OutcomeRow(IssueRef issue, List<MetricView> metrics, Output output, List<Signal> signals, List<Signal> notes) {
}
