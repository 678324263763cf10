package com.outcomes.service;

import java.time.LocalDate;
import java.util.List;

import com.outcomes.domain.ObservedChange;
import com.outcomes.domain.RiceScore;
import com.outcomes.port.IssueRef;

/**
 * RICE predicted vs observed for a project (DESIGN §3b, §5 {@code GET /rice/calibration}): every done epic with RICE
 * against an outcome and an observed change, and Spearman's ρ between impact and observed change (null when
 * n &lt; 5). The change is what the outcome did while the epic shipped, shared with all other work.
 */
public record Calibration(String projectKey, LocalDate asOf, Double spearman, List<Point> epics) {

    public int n() {
        return epics.size();
    }

    public record Point(IssueRef outcome, IssueRef epic, RiceScore rice, ObservedChange observed) {
    }
}
