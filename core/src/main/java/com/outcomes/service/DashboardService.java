package com.outcomes.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.OkrScore;
import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.OutputWithoutOutcome;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.domain.Status;
import com.outcomes.domain.ValidationException;
import com.outcomes.domain.WeeklyCounts;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.WorkTracker;
import com.outcomes.store.MetricRepository;

/**
 * Builds the "Outcomes vs Output" aggregate with a fixed number of host calls and queries, whatever
 * the number of outcomes or epics: one portfolio read, one link read, one batched epic search, one
 * metric query and one reading query.
 */
public final class DashboardService {

    private final WorkTracker work;
    private final MetricRepository metrics;
    private final MetricEvaluations evaluations;
    private final Permissions permissions;

    public DashboardService(WorkTracker work, MetricRepository metrics, MetricEvaluations evaluations, Permissions permissions) {
        this.work = work;
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.permissions = permissions;
    }

    public Dashboard dashboard(String user, String projectKey, String challengeKey, int weeks, LocalDate asOf) {
        OutputWindow window = OutputWindow.ending(asOf, weeks);
        String project = resolveProject(user, projectKey, challengeKey);
        Portfolio portfolio = work.portfolio(project);

        List<IssueRef> both = new ArrayList<>(portfolio.challenges());
        both.addAll(portfolio.outcomes());
        Set<String> visibleKeys = Set.copyOf(permissions.visible(user, both).stream().map(IssueRef::key).toList());
        List<IssueRef> challenges = portfolio.challenges().stream().filter(c -> visibleKeys.contains(c.key())).toList();
        List<IssueRef> outcomes = portfolio.outcomes().stream().filter(o -> visibleKeys.contains(o.key())).toList();
        if (challengeKey != null) {
            challenges = challenges.stream().filter(c -> c.key().equals(challengeKey)).toList();
            if (challenges.isEmpty()) {
                throw new NotFoundException("outcomes.error.issueNotFound", challengeKey);
            }
            outcomes = outcomes.stream()
                    .filter(o -> challengeKey.equals(portfolio.challengeOfOutcome().get(o.key())))
                    .toList();
        }

        List<String> outcomeKeys = outcomes.stream().map(IssueRef::key).toList();
        Map<String, List<IssueRef>> epicsByOutcome = visibleEpics(user, work.epicsOf(outcomeKeys));
        Map<String, EpicWork> workByEpic = epicWork(epicsByOutcome.values(), window);

        List<Metric> allMetrics = metrics.byIssues(outcomeKeys);
        Map<Long, ReadingHistory> histories = evaluations.historiesOf(allMetrics);
        Map<String, List<MetricView>> viewsByOutcome = new LinkedHashMap<>();
        for (Metric m : allMetrics) {
            viewsByOutcome.computeIfAbsent(m.issueKey(), k -> new ArrayList<>())
                    .add(evaluations.evaluate(m, histories, asOf));
        }

        Map<String, OutcomeRow> rows = new LinkedHashMap<>();
        for (IssueRef outcome : outcomes) {
            List<MetricView> views = viewsByOutcome.getOrDefault(outcome.key(), List.of());
            Output output = output(epicsByOutcome.getOrDefault(outcome.key(), List.of()), workByEpic, window);
            rows.put(outcome.key(), new OutcomeRow(outcome, views, output, signals(views, histories, output, window, asOf)));
        }
        return group(challenges, rows, portfolio, asOf, weeks);
    }

    private String resolveProject(String user, String projectKey, String challengeKey) {
        if (projectKey != null && !projectKey.isBlank()) {
            return projectKey;
        }
        if (challengeKey == null) {
            throw new ValidationException(new FieldError("project", "outcomes.error.required"));
        }
        permissions.requireView(user, challengeKey);
        return work.issue(challengeKey)
                .map(IssueRef::projectKey)
                .orElseThrow(() -> new NotFoundException("outcomes.error.issueNotFound", challengeKey));
    }

    /** Drops the epics the viewer may not browse, all outcomes' epics checked in one call. */
    private Map<String, List<IssueRef>> visibleEpics(String user, Map<String, List<IssueRef>> epicsByOutcome) {
        Set<String> keys = new LinkedHashSet<>();
        epicsByOutcome.values().forEach(epics -> epics.forEach(e -> keys.add(e.key())));
        Set<String> visible = permissions.visibleKeys(user, keys);
        Map<String, List<IssueRef>> result = new LinkedHashMap<>();
        epicsByOutcome.forEach((outcome, epics) ->
                result.put(outcome, distinct(epics.stream().filter(e -> visible.contains(e.key())).toList())));
        return result;
    }

    private static List<IssueRef> distinct(List<IssueRef> epics) {
        Map<String, IssueRef> byKey = new LinkedHashMap<>();
        epics.forEach(e -> byKey.putIfAbsent(e.key(), e));
        return List.copyOf(byKey.values());
    }

    private Map<String, EpicWork> epicWork(Collection<List<IssueRef>> epicLists, OutputWindow window) {
        Map<String, IssueRef> unique = new LinkedHashMap<>();
        epicLists.forEach(list -> list.forEach(e -> unique.putIfAbsent(e.key(), e)));
        Map<String, EpicWork> byKey = new LinkedHashMap<>();
        if (!unique.isEmpty()) {
            for (EpicWork w : work.epicWork(unique.values(), window)) {
                byKey.put(w.epic().key(), w);
            }
        }
        return byKey;
    }

    private static Output output(List<IssueRef> epics, Map<String, EpicWork> workByEpic, OutputWindow window) {
        List<EpicOutput> epicOutputs = new ArrayList<>();
        WeeklyCounts doneByWeek = WeeklyCounts.zeros(window.weeks());
        for (IssueRef epic : epics) {
            EpicWork w = workByEpic.get(epic.key());
            if (w == null) {
                epicOutputs.add(new EpicOutput(epic, 0, 0));
                continue;
            }
            epicOutputs.add(new EpicOutput(w.epic(), w.done(), w.total()));
            doneByWeek = doneByWeek.plus(w.doneByWeek());
        }
        List<WeekCount> weeks = new ArrayList<>(window.weeks());
        List<LocalDate> mondays = window.weekStarts();
        for (int i = 0; i < window.weeks(); i++) {
            weeks.add(new WeekCount(mondays.get(i), doneByWeek.get(i)));
        }
        return new Output(epicOutputs, doneByWeek.total(), weeks);
    }

    private static List<Signal> signals(List<MetricView> views, Map<Long, ReadingHistory> histories, Output output,
                                        OutputWindow window, LocalDate asOf) {
        List<Signal> signals = new ArrayList<>();
        for (MetricView v : views) {
            MetricEvaluation e = v.evaluation();
            String name = v.metric().definition().name();
            if (e.stale()) {
                signals.add(e.daysSinceMeasured() == null
                        ? new Signal(Signal.STALE, "outcomes.signal.stale.never", name)
                        : new Signal(Signal.STALE, "outcomes.signal.stale", name, e.daysSinceMeasured()));
            }
            if (e.status() == Status.OFF_TRACK) {
                signals.add(new Signal(Signal.OFF_TRACK, "outcomes.signal.offTrack", name));
            }
        }
        Optional<MetricView> outcomeMetric = views.stream().filter(v -> v.metric().kind() == MetricKind.OUTCOME).findFirst();
        if (outcomeMetric.isPresent()) {
            Metric m = outcomeMetric.get().metric();
            ReadingHistory h = histories.getOrDefault(m.id(), ReadingHistory.empty());
            if (OutputWithoutOutcome.fires(m.definition(), h, output.doneInWindow(), window.start(), asOf)) {
                signals.add(new Signal(Signal.OUTPUT_WITHOUT_OUTCOME, "outcomes.signal.outputWithoutOutcome",
                        output.doneInWindow(), window.weeks(), m.definition().name()));
            }
        }
        if (output.epics().isEmpty()) {
            signals.add(new Signal(Signal.NO_EPICS, "outcomes.signal.noEpics"));
        }
        return signals;
    }

    private static Dashboard group(List<IssueRef> challenges, Map<String, OutcomeRow> rows, Portfolio portfolio,
                                   LocalDate asOf, int weeks) {
        Set<String> placed = new LinkedHashSet<>();
        List<ChallengeGroup> groups = new ArrayList<>();
        for (IssueRef challenge : challenges) {
            List<OutcomeRow> mine = new ArrayList<>();
            List<MetricEvaluation> outcomeMetricEvaluations = new ArrayList<>();
            for (OutcomeRow row : rows.values()) {
                if (challenge.key().equals(portfolio.challengeOfOutcome().get(row.issue().key()))) {
                    mine.add(row);
                    placed.add(row.issue().key());
                    row.metrics().stream()
                            .filter(v -> v.metric().kind() == MetricKind.OUTCOME)
                            .forEach(v -> outcomeMetricEvaluations.add(v.evaluation()));
                }
            }
            groups.add(new ChallengeGroup(challenge, OkrScore.ofChallenge(outcomeMetricEvaluations), mine));
        }
        List<OutcomeRow> unassigned = rows.values().stream().filter(r -> !placed.contains(r.issue().key())).toList();
        return new Dashboard(asOf, weeks, groups, unassigned);
    }
}
