package com.outcomes.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.outcomes.domain.Metric;
import com.outcomes.domain.ObservedChange;
import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.RiceValidator;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.WorkTracker;
import com.outcomes.port.MetricStore;
import com.outcomes.port.RiceStore;

/** The epics meant to move an outcome, ranked by their RICE score against it. */
public final class EpicService {

    /** Highest score first; unscored epics last, by key, so the order is stable. */
    private static final Comparator<EpicRanking> BY_SCORE = Comparator
            .comparing(EpicRanking::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.epic().key());

    private final WorkTracker work;
    private final RiceStore rice;
    private final Permissions permissions;
    private final Clock clock;
    private final MetricStore metrics;
    private final EvaluationBatch evaluations;

    public EpicService(WorkTracker work, RiceStore rice, Permissions permissions, Clock clock, MetricStore metrics,
                       EvaluationBatch evaluations) {
        this.work = work;
        this.rice = rice;
        this.permissions = permissions;
        this.clock = clock;
        this.metrics = metrics;
        this.evaluations = evaluations;
    }

    public List<EpicRanking> epicsOf(String user, String outcomeKey) {
        permissions.requireView(user, outcomeKey);
        return rankingsOf(user, outcomeKey);
    }

    /** The ranking for an outcome the caller has already checked; the epics are filtered by visibility here. */
    List<EpicRanking> rankingsOf(String user, String outcomeKey) {
        List<IssueRef> epics = linkedEpics(user, outcomeKey);
        if (epics.isEmpty()) {
            return List.of();
        }
        Map<String, RiceScore> scores = rice.forOutcome(outcomeKey);
        List<EpicRanking> rankings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        // the outcome metric and its readings for "observed" (DESIGN §3b): two statements, whatever the epic count
        Optional<Metric> outcomeMetric = CalibrationService.outcomeMetricOf(outcomeKey, metrics.byIssue(outcomeKey));
        ReadingHistory history = outcomeMetric
                .map(m -> evaluations.historiesOf(List.of(m)).getOrDefault(m.id(), ReadingHistory.empty()))
                .orElse(ReadingHistory.empty());
        // A ranking shows done/total only; the shortest window keeps the weekly counts the host makes small.
        OutputWindow window = OutputWindow.ending(today, OutputWindow.MIN_WEEKS);
        for (EpicWork w : work.epicWork(epics, window)) {
            RiceScore score = scores.get(w.epic().key());
            ObservedChange observed = score == null || outcomeMetric.isEmpty() ? null
                    : CalibrationService.observed(w, outcomeMetric.get(), history, today);
            rankings.add(new EpicRanking(w.epic(), w.done(), w.total(), score, observed));
        }
        rankings.sort(BY_SCORE);
        return rankings;
    }

    public RiceScore setRice(String user, String outcomeKey, String epicKey, RiceScore candidate) {
        permissions.requireEdit(user, outcomeKey);
        boolean linked = linkedEpics(user, outcomeKey).stream().anyMatch(e -> e.key().equals(epicKey));
        if (!linked) {
            throw new NotFoundException("outcomes.error.epicNotLinked", epicKey, outcomeKey);
        }
        RiceScore valid = RiceValidator.validate(candidate);
        rice.put(outcomeKey, epicKey, valid);
        return valid;
    }

    private List<IssueRef> linkedEpics(String user, String outcomeKey) {
        return permissions.visible(user, work.epicsOf(List.of(outcomeKey)).getOrDefault(outcomeKey, List.of()));
    }
}
