package com.outcomes.service;

import com.outcomes.domain.RiceScore;
import com.outcomes.port.IssueRef;

/** An epic linked to an outcome, with its output and its RICE score against that outcome (null if not scored). */
public record EpicRanking(IssueRef epic, int done, int total, RiceScore rice) {

    public Double score() {
        return rice == null ? null : rice.score();
    }
}
