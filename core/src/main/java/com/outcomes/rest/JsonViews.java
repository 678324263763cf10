package com.outcomes.rest;

import com.outcomes.domain.Closure;
import com.outcomes.rest.dto.ClosedOutcomeJson;
import com.outcomes.rest.dto.ClosureJson;
import com.outcomes.service.ClosedOutcome;

import java.util.List;

import com.outcomes.domain.Correlation;
import com.outcomes.domain.LintFinding;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.Reading;
import com.outcomes.domain.RiceScore;
import com.outcomes.i18n.Messages;
import com.outcomes.domain.Metric;
import com.outcomes.domain.Reminder;
import com.outcomes.rest.dto.CheckInJson;
import com.outcomes.rest.dto.DueMetricJson;
import com.outcomes.rest.dto.ReminderJson;
import com.outcomes.service.DueMetric;
import com.outcomes.rest.dto.ComputedJson;
import com.outcomes.rest.dto.DashboardJson;
import com.outcomes.rest.dto.EpicsJson;
import com.outcomes.rest.dto.LintJson;
import com.outcomes.rest.dto.MetricJson;
import com.outcomes.rest.dto.ReadingJson;
import com.outcomes.rest.dto.SprintReviewJson;
import com.outcomes.service.ChallengeGroup;
import com.outcomes.service.Dashboard;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.MetricView;
import com.outcomes.service.OutcomeRow;
import com.outcomes.service.ReadingView;
import com.outcomes.service.SprintReview;

/** Maps service results to the JSON shapes of DESIGN §5, rendering user-facing messages on the way out. */
final class JsonViews {

    private final Messages messages;

    JsonViews(Messages messages) {
        this.messages = messages;
    }

    MetricJson metric(MetricView view) {
        MetricDefinition d = view.metric().definition();
        MetricEvaluation e = view.evaluation();
        return new MetricJson(view.metric().id(), view.metric().issueKey(), d.kind().name(), d.name(), d.unit(),
                d.baseline(), d.target(), d.startDate(), d.targetDate(), d.cadenceDays(), d.parentMetricId(),
                d.source(), d.threshold(), d.comparator() == null ? null : d.comparator().name(),
                e.current(), e.lastMeasuredAt(), e.progress(), e.expected(), e.status().name(), e.stale(),
                e.daysSinceMeasured(), e.okrScore(),
                e.forecast() == null ? null : new MetricJson.ForecastJson(e.forecast().value(), e.forecast().reachesTarget()),
                correlation(e.correlation()), e.dueDate(), d.owner(), ComputedJson.of(d.computed()),
                view.metric().lastComputeError() == null ? null : new MetricJson.ComputeErrorJson(
                        view.metric().lastComputeError().at(), view.metric().lastComputeError().message()));
    }

    List<DueMetricJson> due(List<DueMetric> due) {
        return due.stream().map(d -> {
            Metric m = d.view().metric();
            MetricEvaluation e = d.view().evaluation();
            return new DueMetricJson(m.id(), m.issueKey(), d.summary(), m.definition().name(), m.kind().name(),
                    m.definition().unit(), d.dueDate(), d.daysOverdue(), d.stale(), m.computed(), e.current(),
                    e.lastMeasuredAt(), e.daysSinceMeasured(), m.definition().cadenceDays());
        }).toList();
    }

    static List<ReminderJson> reminders(List<Reminder> reminders) {
        return reminders.stream().map(r -> new ReminderJson(r.id(), r.metricId(), r.issueKey(), r.owner(),
                r.kind().name(), r.dueDate(), r.createdAt(), r.delivered(), r.error())).toList();
    }

    List<MetricJson> metrics(List<MetricView> views) {
        return views.stream().map(this::metric).toList();
    }

    private static MetricJson.CorrelationJson correlation(Correlation c) {
        if (c == null) {
            return null;
        }
        return c.insufficientData()
                ? new MetricJson.CorrelationJson(null, null, null, true)
                : new MetricJson.CorrelationJson(c.r(), c.lagWeeks(), c.n(), null);
    }

    ReadingJson reading(Reading r, boolean superseded) {
        return new ReadingJson(r.id(), r.value(), r.measuredAt(), r.recordedAt(), r.recordedBy(), r.note(),
                r.source(), r.supersedes(), superseded);
    }

    List<ReadingJson> readings(List<ReadingView> views) {
        return views.stream().map(v -> reading(v.reading(), v.superseded())).toList();
    }

    DashboardJson dashboard(Dashboard d) {
        List<DashboardJson.Challenge> challenges = d.challenges().stream().map(this::challenge).toList();
        return new DashboardJson(d.asOf(), d.weeks(), challenges, d.unassigned().stream().map(this::outcome).toList(),
                OutputWindow.ending(d.asOf(), d.weeks()).start());
    }

    private DashboardJson.Challenge challenge(ChallengeGroup g) {
        return new DashboardJson.Challenge(g.issue().key(), g.issue().summary(), g.okrScore(),
                g.outcomes().stream().map(this::outcome).toList(), metrics(g.metrics()));
    }

    private DashboardJson.Outcome outcome(OutcomeRow row) {
        DashboardJson.Output output = new DashboardJson.Output(
                row.output().epics().stream()
                        .map(e -> new DashboardJson.Epic(e.epic().key(), e.epic().summary(), e.done(), e.total()))
                        .toList(),
                row.output().doneInWindow(),
                row.output().doneByWeek().stream().map(w -> new DashboardJson.Week(w.weekStart(), w.done())).toList());
        return new DashboardJson.Outcome(row.issue().key(), row.issue().summary(), metrics(row.metrics()), output,
                signals(row.signals()), signals(row.notes()), CheckInJson.of(row.checkin()),
                closure(row.closed()));
    }

    /** A closure as JSON, or null for an open outcome. */
    static ClosureJson closure(Closure c) {
        return c == null ? null : new ClosureJson(c.issueKey(), c.result().name(), c.learning(), c.closedOn(),
                c.closedBy(), c.finalScore());
    }

    static List<ClosedOutcomeJson> closedOutcomes(List<ClosedOutcome> closed) {
        return closed.stream().map(c -> new ClosedOutcomeJson(c.outcome().key(), c.outcome().summary(),
                c.closure().result().name(), c.closure().learning(), c.closure().closedOn(), c.closure().closedBy(),
                c.closure().finalScore())).toList();
    }

    private List<DashboardJson.SignalJson> signals(List<com.outcomes.service.Signal> signals) {
        return signals.stream()
                .map(s -> new DashboardJson.SignalJson(s.code(), messages.get(s.messageKey(), s.args().toArray())))
                .toList();
    }

    SprintReviewJson sprintReview(SprintReview review) {
        var s = review.sprint();
        return new SprintReviewJson(
                new SprintReviewJson.SprintJson(s.id(), s.name(), s.state(), s.startDate(), s.endDate()),
                review.doneInSprint(), review.doneOutsideOutcomes(),
                review.outcomes().stream().map(this::reviewEntry).toList());
    }

    private SprintReviewJson.OutcomeJson reviewEntry(SprintReview.Entry e) {
        return new SprintReviewJson.OutcomeJson(e.outcome().key(), e.outcome().summary(), e.done(),
                e.epics().stream().map(x -> new SprintReviewJson.EpicJson(x.epicKey(), x.done())).toList(),
                e.movements().stream().map(JsonViews::movement).toList(),
                messages.get(e.sentence()), CheckInJson.of(e.checkins()));
    }

    private static SprintReviewJson.MovementJson movement(SprintReview.Movement m) {
        MetricDefinition d = m.metric().definition();
        Double change = m.startValue() == null || m.endValue() == null ? null : m.endValue() - m.startValue();
        return new SprintReviewJson.MovementJson(m.metric().id(), d.name(), d.kind().name(), d.unit(),
                m.startValue(), m.endValue(), change, m.status().name(), m.stale());
    }

    LintJson lint(String issueKey, List<LintFinding> findings) {
        return new LintJson(issueKey, findings.stream()
                .map(f -> new LintJson.Finding(f.code(), f.metricId(), messages.get(f.messageKey(), f.args().toArray())))
                .toList());
    }

    EpicsJson epics(String outcomeKey, List<EpicRanking> rankings) {
        return new EpicsJson(outcomeKey, rankings.stream()
                .map(r -> new EpicsJson.Epic(r.epic().key(), r.epic().summary(), r.done(), r.total(),
                        rice(r.rice()), r.score(), observed(r.observed())))
                .toList());
    }

    static EpicsJson.ObservedJson observed(com.outcomes.domain.ObservedChange o) {
        return o == null ? null : new EpicsJson.ObservedJson(o.from(), o.to(), o.progressChange());
    }

    static EpicsJson.RiceJson rice(RiceScore rice) {
        return rice == null ? null : new EpicsJson.RiceJson(rice.reach(), rice.impact(), rice.confidence(), rice.effort());
    }
}
