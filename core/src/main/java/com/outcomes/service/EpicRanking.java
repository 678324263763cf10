package com.outcomes.service;

import com.outcomes.domain.ObservedChange;
import com.outcomes.domain.RiceScore;
import com.outcomes.port.IssueRef;

/**
 * An epic linked to an outcome, with its output and its RICE score against that outcome (null if not scored), and
 * the outcome's observed progress change while it shipped (DESIGN §3b; null until it is done or without readings).
 */
public record EpicRanking(IssueRef epic, int done, int total, RiceScore rice, ObservedChange observed) {

    public EpicRanking(IssueRef epic, int done, int total, RiceScore rice) {
        this(epic, done, total, rice, null);
    }

    public Double score() {
        return rice == null ? null : rice.score();
    }
}
