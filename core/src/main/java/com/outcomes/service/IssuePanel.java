package com.outcomes.service;

import java.time.LocalDate;
import java.util.List;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.Closure;
import com.outcomes.domain.LintFinding;
import com.outcomes.port.IssueRef;

/**
 * What the Outcome/Challenge panel shows for one issue, as one user may see it on one day: the answer of
 * {@link IssuePanelService}. Everything in it has passed the permission checks; views only shape it.
 *
 * @param issue     the issue itself (an Outcome or a Challenge)
 * @param asOf      the day the metrics were evaluated on (the latest day a reading may be recorded for)
 * @param canEdit   may the user record readings on this issue
 * @param metrics   every metric of the issue, in definition order, with its evaluation and reading history
 * @param epics     an outcome's linked epics the user may see, ranked by RICE score; empty for a challenge
 * @param findings  the SMART check of the issue's success statements
 * @param challenge the challenge an outcome measures, when there is one the user may see; otherwise null
 * @param outcomes  a challenge's outcomes the user may see, in the host's order; empty for an outcome
 * @param checkins  an outcome's check-ins, newest first; empty for a challenge
 * @param closure   an outcome's current closure (DESIGN §3b), null while it is open or for a challenge
 */
public record IssuePanel(IssueRef issue, LocalDate asOf, boolean canEdit, List<TrackedMetric> metrics,
                         List<EpicRanking> epics, List<LintFinding> findings, IssueRef challenge,
                         List<IssueRef> outcomes, List<CheckIn> checkins, Closure closure) {

    public IssuePanel {
        metrics = List.copyOf(metrics);
        epics = List.copyOf(epics);
        findings = List.copyOf(findings);
        outcomes = List.copyOf(outcomes);
        checkins = checkins == null ? List.of() : List.copyOf(checkins);
    }

    /** A panel without check-ins or closure (a challenge, or an open outcome nobody has checked in on). */
    public IssuePanel(IssueRef issue, LocalDate asOf, boolean canEdit, List<TrackedMetric> metrics,
                      List<EpicRanking> epics, List<LintFinding> findings, IssueRef challenge, List<IssueRef> outcomes) {
        this(issue, asOf, canEdit, metrics, epics, findings, challenge, outcomes, List.of(), null);
    }

    public boolean isOutcome() {
        return issue.isOfType(IssueRef.OUTCOME);
    }

    /** A metric with its computed fields and every reading recorded for it, oldest first, corrections marked. */
    public record TrackedMetric(MetricView metric, List<ReadingView> history) {

        public TrackedMetric {
            history = List.copyOf(history);
        }
    }
}
