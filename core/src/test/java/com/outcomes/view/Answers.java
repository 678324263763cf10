package com.outcomes.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.Reading;
import com.outcomes.domain.Status;
import com.outcomes.port.IssueRef;
import com.outcomes.service.MetricView;
import com.outcomes.service.ReadingView;

/** Service answers for the view factories' tests: the values a service would hand over, built by hand. */
final class Answers {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final ZoneId ZONE = ZoneOffset.UTC;
    static final IssueRef CHALLENGE = new IssueRef("OUT-1", "Improve customer satisfaction", "OUT", IssueRef.CHALLENGE);
    static final IssueRef OUTCOME = new IssueRef("OUT-2", "Customers get answers fast", "OUT", IssueRef.OUTCOME);

    private Answers() {
    }

    /** Customer satisfaction, 75% → 90% in 2026, measured {@code current} on 10 Nov (or never, when null). */
    static MetricView csat(Status status, Double current, boolean stale, Integer daysSinceMeasured) {
        MetricDefinition d = new MetricDefinition(MetricKind.OUTCOME, "Customer satisfaction", "%", 75.0, 90.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null, "survey", null, null);
        MetricEvaluation e = new MetricEvaluation(TODAY, current, current == null ? null : LocalDate.of(2026, 11, 10),
                current == null ? null : (current - 75) / 15, 0.887, status, stale, daysSinceMeasured,
                current == null ? null : (current - 75) / 15, null, null,
                current == null ? LocalDate.of(2026, 1, 1) : LocalDate.of(2026, 12, 10));
        return new MetricView(new Metric(1, "OUT-2", d), e);
    }

    /** First-contact resolution, a leading indicator of metric 1, at 70. */
    static MetricView resolution() {
        MetricDefinition d = new MetricDefinition(MetricKind.LEADING, "First-contact resolution", "%", 60.0, 80.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, 1L, null, null, null);
        MetricEvaluation e = new MetricEvaluation(TODAY, 70.0, LocalDate.of(2026, 11, 18), 0.5, 0.887, Status.AT_RISK,
                false, 2, 0.5, null, null, LocalDate.of(2026, 11, 25));
        return new MetricView(new Metric(2, "OUT-2", d), e);
    }

    /** Support tickets per 100 users, a guardrail that must stay at most 12, at 9. */
    static MetricView tickets() {
        MetricDefinition d = new MetricDefinition(MetricKind.GUARDRAIL, "Support tickets", null, null, null, null, null,
                7, null, null, 12.0, GuardrailComparator.AT_MOST);
        MetricEvaluation e = new MetricEvaluation(TODAY, 9.0, LocalDate.of(2026, 11, 19), null, null, Status.ON_TRACK,
                false, 1, null, null, null, LocalDate.of(2026, 11, 26));
        return new MetricView(new Metric(3, "OUT-2", d), e);
    }

    /** A reading of metric 1 measured on day {@code id} of October. */
    static ReadingView reading(long id, double value, Long supersedes, boolean superseded) {
        return new ReadingView(new Reading(id, 1, value, LocalDate.of(2026, 10, (int) id),
                Instant.parse("2026-10-20T09:00:00Z"), "alice", supersedes == null ? null : "typo", "survey", supersedes),
                superseded);
    }
}
