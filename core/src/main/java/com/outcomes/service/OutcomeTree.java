package com.outcomes.service;

import java.time.LocalDate;
import java.util.List;

import com.outcomes.domain.RiceScore;
import com.outcomes.port.IssueRef;

/**
 * A project's whole structure on one page (DESIGN §5 {@code GET /tree}): challenges → outcomes → their metrics (each
 * LEADING metric with a parent under that parent) → the epics meant to move them. Outcomes measuring no visible
 * challenge are {@code unassigned}. Only what the caller may browse is in it.
 */
public record OutcomeTree(String projectKey, LocalDate asOf, List<Challenge> challenges, List<Outcome> unassigned) {

    public record Challenge(IssueRef issue, List<Node> metrics, List<Outcome> outcomes) {
    }

    /**
     * An outcome of the tree. {@code closed}: whether the outcome is closed (§3b lifecycle) so the tree greys it — the
     * hook for outcome closure, always false until closure is answered by a service.
     */
    public record Outcome(IssueRef issue, boolean closed, List<Node> metrics, List<Epic> epics) {
    }

    /** A metric with the leading indicators that name it as their parent. */
    public record Node(MetricView metric, List<Node> leading) {
    }

    /** An epic with its output (done of total issues) and its RICE against the outcome (null when not rated). */
    public record Epic(IssueRef issue, int done, int total, RiceScore rice) {

        public Double score() {
            return rice == null ? null : rice.score();
        }
    }
}
