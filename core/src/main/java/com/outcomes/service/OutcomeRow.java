package com.outcomes.service;

import com.outcomes.domain.Closure;

import java.util.List;

import com.outcomes.port.IssueRef;

/**
 * One outcome on the dashboard: its metrics (leading indicators included), its output, signals, and notes saying why
 * a signal one might expect is absent (e.g. too little output in the window to judge "output without outcome"), and
 * its current closure ({@code closed}, null while open; DESIGN §3b).
 */
public record OutcomeRow(IssueRef issue, List<MetricView> metrics, Output output, List<Signal> signals, List<Signal> notes,
                         Closure closed) {

    /** An open outcome's row. */
    public OutcomeRow(IssueRef issue, List<MetricView> metrics, Output output, List<Signal> signals, List<Signal> notes) {
        this(issue, metrics, output, signals, notes, null);
    }
}
