package com.outcomes.service;

import com.outcomes.domain.Closure;
import com.outcomes.domain.Lifecycle;
import com.outcomes.port.ClosureStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.ConfidenceLow;
import com.outcomes.domain.FieldError;
import com.outcomes.domain.ForecastShort;
import com.outcomes.domain.IssueKeys;
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
import com.outcomes.error.NotFoundException;
import com.outcomes.port.CheckInStore;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.WorkTracker;
import com.outcomes.port.MetricStore;
import com.outcomes.port.SharedCache;
import com.outcomes.port.StoreVersion;

/**
 * Builds the "Outcomes vs Output" aggregate with a fixed number of host calls and queries, whatever
 * the number of outcomes or epics: one portfolio read, one link read, one batched epic search, the store's write
 * version, and — only when a write came since the portfolio's evaluation was kept ({@link PortfolioEvaluations}) —
 * the readings of the buckets written to, or the closure, metric, reading and check-in queries. Permissions filter
 * every request: the shared evaluation holds every issue, and no viewer's choices.
 */
public final class DashboardService {

    private final WorkTracker work;
    private final PortfolioEvaluations evaluations;
    private final Permissions permissions;

    /**
     * @param version the store's write version, read first on each request and compared with a kept evaluation's
     * @param caches  the host's caches (Jira: Atlassian Cache; elsewhere {@link InProcessCaches})
     */
    public DashboardService(WorkTracker work, MetricStore metrics, EvaluationBatch evaluations, Permissions permissions,
                            CheckInStore checkIns, ClosureStore closures, StoreVersion version,
                            SharedCache.Factory caches) {
        this.work = work;
        this.evaluations = new PortfolioEvaluations(version, caches, metrics, evaluations, checkIns, closures);
        this.permissions = permissions;
    }

    /** The dashboard of open outcomes. */
    public Dashboard dashboard(String user, String projectKey, String challengeKey, int weeks, LocalDate asOf) {
        return dashboard(user, projectKey, challengeKey, weeks, asOf, false);
    }

    /** @param includeClosed also show closed outcomes (DESIGN §3b: left out unless asked for), frozen on their day */
    public Dashboard dashboard(String user, String projectKey, String challengeKey, int weeks, LocalDate asOf,
                               boolean includeClosed) {
        OutputWindow window = OutputWindow.ending(asOf, weeks);
        String project = resolveProject(user, projectKey, challengeKey);
        if (!work.hasProject(project) || !permissions.canBrowseProject(user, project)) {
            // an empty dashboard would read as "no outcomes yet" for a typo or a project the caller may not see
            throw new NotFoundException("outcomes.error.projectNotFound", project);
        }
        Portfolio portfolio = work.portfolio(project);

        List<IssueRef> both = new ArrayList<>(portfolio.challenges());
        both.addAll(portfolio.outcomes());
        Set<String> visibleKeys = Set.copyOf(permissions.visible(user, both).stream().map(IssueRef::key).toList());
        List<IssueRef> challenges = portfolio.challenges().stream().filter(c -> visibleKeys.contains(c.key())).toList();
        List<IssueRef> outcomes = portfolio.outcomes().stream().filter(o -> visibleKeys.contains(o.key())).toList();
        if (challengeKey != null) {
            challenges = challenges.stream().filter(c -> c.key().equals(challengeKey)).toList();
            if (challenges.isEmpty()) {
                if (outcomes.stream().anyMatch(o -> o.key().equals(challengeKey))) {
                    // the key exists and is visible, only of the wrong type: saying "does not exist" would mislead
                    throw new ValidationException(new FieldError("challenge", "outcomes.error.notAChallenge", challengeKey));
                }
                throw new NotFoundException("outcomes.error.issueNotFound", challengeKey);
            }
            outcomes = outcomes.stream()
                    .filter(o -> challengeKey.equals(portfolio.challengeOfOutcome().get(o.key())))
                    .toList();
        }

        // every metric of the portfolio read and evaluated once per store write version, shared by all viewers; only
        // what this viewer may browse is taken from it (PortfolioEvaluations says why that is never stale)
        PortfolioEvaluations.Evaluated evaluated = evaluations.of(project, portfolio, asOf);
        Map<String, Closure> closed = evaluated.closures();
        if (!includeClosed) {
            outcomes = outcomes.stream().filter(o -> !closed.containsKey(o.key())).toList();
        }
        List<String> outcomeKeys = outcomes.stream().map(IssueRef::key).toList();
        Map<String, List<IssueRef>> epicsByOutcome = visibleEpics(user, work.epicsOf(outcomeKeys));
        Map<String, EpicWork> workByEpic = epicWork(epicsByOutcome.values(), window);

        Map<String, List<MetricView>> viewsByOutcome = evaluated.viewsByIssue();
        Map<Long, ReadingHistory> histories = evaluated.histories();
        Map<String, CheckIn> latestCheckIns = evaluated.latestCheckIns();
        Map<String, OutcomeRow> rows = new LinkedHashMap<>();
        for (IssueRef outcome : outcomes) {
            List<MetricView> views = viewsByOutcome.getOrDefault(outcome.key(), List.of());
            Output output = output(epicsByOutcome.getOrDefault(outcome.key(), List.of()), workByEpic, window);
            CheckIn checkin = latestCheckIns.get(outcome.key());
            Closure closure = closed.get(outcome.key());
            LocalDate day = Lifecycle.evaluationDay(asOf, closure);
            List<Signal> signals = new ArrayList<>(signals(views, histories, output, window, day));
            if (ConfidenceLow.fires(checkin)) {
                signals.add(new Signal(Signal.CONFIDENCE_LOW, "outcomes.checkin.signal.low", checkin.confidence(),
                        checkin.createdBy()));
            }
            rows.put(outcome.key(), new OutcomeRow(outcome, views, output, List.copyOf(signals),
                    notes(views, histories, output, window, day), checkin, closure));
        }
        return group(challenges, rows, viewsByOutcome, portfolio, asOf, weeks);
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
        List<IssueRef> byNumber = epics.stream().sorted(Comparator.comparing(IssueRef::key, IssueKeys.BY_NUMBER)).toList();
        for (IssueRef epic : byNumber) {
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
            MetricEvaluation e = outcomeMetric.get().evaluation();
            if (ForecastShort.applies(e)) {
                var d = m.definition();
                signals.add(new Signal(Signal.FORECAST_SHORT, "outcomes.signal.forecastShort", d.name(),
                        new Message("outcomes.status." + e.status().name()), NumberText.of(e.forecast().value(), d.unit()),
                        NumberText.of(d.target(), d.unit()), NumberText.rate(e.forecast().requiredPer30Days(), d.unit()),
                        NumberText.rate(e.forecast().ratePer30Days(), d.unit())));
            }
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

    /** Why "output without outcome" is not raised, in words: a signal that vanishes with the window must say why. */
    private static List<Signal> notes(List<MetricView> views, Map<Long, ReadingHistory> histories, Output output,
                                      OutputWindow window, LocalDate asOf) {
        Optional<MetricView> outcomeMetric = views.stream().filter(v -> v.metric().kind() == MetricKind.OUTCOME).findFirst();
        if (outcomeMetric.isEmpty() || output.epics().isEmpty()) {
            return List.of(); // the empty states already say what is missing
        }
        Metric m = outcomeMetric.get().metric();
        OutputWithoutOutcome.Check check = OutputWithoutOutcome.check(m.definition(),
                histories.getOrDefault(m.id(), ReadingHistory.empty()), output.doneInWindow(), window.start(), asOf);
        String code = Signal.OUTPUT_WITHOUT_OUTCOME;
        return switch (check.reason()) {
            case FIRES -> List.of();
            case TOO_LITTLE_OUTPUT -> List.of(new Signal(code, "outcomes.note.outputWithoutOutcome.tooLittle",
                    check.doneInWindow(), window.weeks(), OutputWithoutOutcome.MIN_DONE));
            case OUTCOME_MOVED -> List.of(new Signal(code, "outcomes.note.outputWithoutOutcome.moved",
                    m.definition().name(), Math.round(check.movement() * 100), window.weeks()));
            case NO_READINGS -> List.of(new Signal(code, "outcomes.note.outputWithoutOutcome.noReadings",
                    m.definition().name(), window.weeks()));
            case NO_SPAN -> List.of();
        };
    }

    private static Dashboard group(List<IssueRef> challenges, Map<String, OutcomeRow> rows,
                                   Map<String, List<MetricView>> viewsByIssue, Portfolio portfolio, LocalDate asOf, int weeks) {
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
            groups.add(new ChallengeGroup(challenge, OkrScore.ofChallenge(outcomeMetricEvaluations), mine,
                    viewsByIssue.getOrDefault(challenge.key(), List.of())));
        }
        List<OutcomeRow> unassigned = rows.values().stream().filter(r -> !placed.contains(r.issue().key())).toList();
        return new Dashboard(asOf, weeks, groups, unassigned);
    }
}
