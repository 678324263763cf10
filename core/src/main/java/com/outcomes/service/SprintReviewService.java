package com.outcomes.service;

import com.outcomes.domain.Closure;
import com.outcomes.domain.Lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.domain.Status;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.CheckInStore;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;
import com.outcomes.port.MetricStore;

/** The sprint review framed around outcomes: what was done, and did the numbers move. */
public final class SprintReviewService {

    private final WorkTracker work;
    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final Permissions permissions;
    private final Clock clock;
    private final CheckInStore checkIns;

    public SprintReviewService(WorkTracker work, MetricStore metrics, EvaluationBatch evaluations,
                        Permissions permissions, Clock clock, CheckInStore checkIns) {
        this.work = work;
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.permissions = permissions;
        this.clock = clock;
        this.checkIns = checkIns;
    }

    /** @throws NotFoundException for an unknown sprint and for one without a single issue the user may browse */
    public SprintReview review(String user, long sprintId) {
        Sprint sprint = work.sprint(sprintId)
                .orElseThrow(() -> new NotFoundException("outcomes.error.sprintNotFound", sprintId));
        LocalDate today = LocalDate.now(clock);
        LocalDate start = sprint.startDate() != null ? sprint.startDate() : today;
        LocalDate end = sprint.endDate() == null || sprint.endDate().isAfter(today) ? today : sprint.endDate();

        List<SprintIssue> inSprint = work.sprintIssues(sprintId);
        Set<String> visible = permissions.visibleKeys(user, inSprint.stream().map(SprintIssue::key).toList());
        if (visible.isEmpty()) {
            // Its name and dates are all a review would show: that is already more than the caller may see.
            throw new NotFoundException("outcomes.error.sprintNotFound", sprintId);
        }
        List<SprintIssue> done = inSprint.stream().filter(i -> i.done() && visible.contains(i.key())).toList();
        Map<String, Integer> doneByEpic = new LinkedHashMap<>();
        for (SprintIssue issue : done) {
            if (issue.epicKey() != null) {
                doneByEpic.merge(issue.epicKey(), 1, Integer::sum);
            }
        }
        Map<String, List<IssueRef>> outcomesByEpic = doneByEpic.isEmpty()
                ? Map.of() : work.outcomesMovedBy(doneByEpic.keySet());

        Set<String> visibleOutcomes = permissions.visibleKeys(user, outcomesByEpic.values().stream()
                .flatMap(List::stream).map(IssueRef::key).distinct().toList());
        Map<String, IssueRef> outcomes = new LinkedHashMap<>();
        Map<String, List<SprintReview.EpicDone>> epicsByOutcome = new LinkedHashMap<>();
        int touchingOutcomes = 0;
        for (Map.Entry<String, Integer> e : doneByEpic.entrySet()) {
            List<IssueRef> moved = outcomesByEpic.getOrDefault(e.getKey(), List.of()).stream()
                    .filter(o -> visibleOutcomes.contains(o.key())).toList();
            if (!moved.isEmpty()) {
                touchingOutcomes += e.getValue();
            }
            for (IssueRef outcome : moved) {
                outcomes.putIfAbsent(outcome.key(), outcome);
                epicsByOutcome.computeIfAbsent(outcome.key(), k -> new ArrayList<>())
                        .add(new SprintReview.EpicDone(e.getKey(), e.getValue()));
            }
        }

        List<Metric> all = metrics.byIssues(outcomes.keySet());
        Map<Long, ReadingHistory> histories = evaluations.historiesOf(all);
        // made during the sprint: from its first day's start to its last day's end, in the server's zone
        Map<String, List<CheckIn>> checkInsByOutcome = outcomes.isEmpty() ? Map.of() : checkIns.between(outcomes.keySet(),
                start.atStartOfDay(clock.getZone()).toInstant(), end.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        Map<String, Closure> closed = evaluations.closuresOf(all);
        List<SprintReview.Entry> entries = new ArrayList<>();
        for (IssueRef outcome : outcomes.values()) {
            List<SprintReview.EpicDone> epics = epicsByOutcome.get(outcome.key());
            int doneCount = epics.stream().mapToInt(SprintReview.EpicDone::done).sum();
            List<SprintReview.Movement> movements = new ArrayList<>();
            for (Metric m : all) {
                if (m.issueKey().equals(outcome.key())) {
                    movements.add(movement(m, histories, closed, start, end));
                }
            }
            entries.add(new SprintReview.Entry(outcome, epics, doneCount, movements, sentence(doneCount, movements),
                    checkInsByOutcome.getOrDefault(outcome.key(), List.of())));
        }
        entries.sort(Comparator.comparingInt(SprintReview.Entry::done).reversed());
        return new SprintReview(sprint, done.size(), done.size() - touchingOutcomes, entries);
    }

    private SprintReview.Movement movement(Metric m, Map<Long, ReadingHistory> histories, Map<String, Closure> closed,
                                           LocalDate sprintStart, LocalDate sprintEnd) {
        ReadingHistory h = histories.getOrDefault(m.id(), ReadingHistory.empty());
        // a closed outcome's metric moved no further than its closing day (DESIGN §3b)
        LocalDate end = Lifecycle.evaluationDay(sprintEnd, closed.get(m.issueKey()));
        LocalDate start = sprintStart.isAfter(end) ? end : sprintStart;
        Double startValue = h.current(start).map(ReadingPoint::value)
                .orElseGet(() -> firstInside(h, start, end).map(ReadingPoint::value).orElse(null));
        Double endValue = h.current(end).map(ReadingPoint::value).orElse(null);
        var evaluation = evaluations.evaluate(m, histories, end, closed).evaluation();
        return new SprintReview.Movement(m, startValue, endValue, evaluation.status(), evaluation.stale());
    }

    private static Optional<ReadingPoint> firstInside(ReadingHistory h, LocalDate start, LocalDate end) {
        return h.effective().stream()
                .filter(r -> !r.measuredAt().isBefore(start) && !r.measuredAt().isAfter(end))
                .findFirst();
    }

    private static Message sentence(int done, List<SprintReview.Movement> movements) {
        Optional<SprintReview.Movement> main = movements.stream()
                .filter(mv -> mv.metric().kind() == MetricKind.OUTCOME).findFirst();
        if (main.isEmpty()) {
            return new Message("outcomes.review.sentence.noMetric", done);
        }
        SprintReview.Movement mv = main.get();
        String name = mv.metric().definition().name();
        String unit = mv.metric().definition().unit();
        if (mv.endValue() == null || mv.status() == Status.NO_DATA) {
            return new Message("outcomes.review.sentence.noData", done, name);
        }
        String statusKey = "outcomes.status." + mv.status().name();
        String from = NumberText.of(mv.startValue(), unit);
        String to = NumberText.of(mv.endValue(), unit);
        if (mv.startValue() != null && mv.startValue().doubleValue() == mv.endValue().doubleValue()) {
            return new Message("outcomes.review.sentence.flat", done, name, to, new Message(statusKey));
        }
        return new Message("outcomes.review.sentence.moved", done, name, from, to, new Message(statusKey));
    }
}
