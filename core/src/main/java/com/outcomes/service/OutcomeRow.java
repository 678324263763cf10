package com.outcomes.service;

import java.util.List;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.Closure;
import com.outcomes.port.IssueRef;

/**
 * One outcome on the dashboard: its metrics (leading indicators included), its output, signals, and notes saying why
 * a signal one might expect is absent (e.g. too little output in the window to judge "output without outcome"), its
 * latest check-in ({@code null} when none) and its current closure ({@code closed}, null while open; DESIGN §3b).
 */
public record OutcomeRow(IssueRef issue, List<MetricView> metrics, Output output, List<Signal> signals, List<Signal> notes,
                         CheckIn checkin, Closure closed) {

    /** An open outcome nobody has checked in on yet. */
    public OutcomeRow(IssueRef issue, List<MetricView> metrics, Output output, List<Signal> signals, List<Signal> notes) {
        this(issue, metrics, output, signals, notes, null, null);
    }
}
