package com.outcomes.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.Closure;
import com.outcomes.domain.Metric;
import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.domain.RiceScore;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.MetricStore;
import com.outcomes.port.Portfolio;
import com.outcomes.port.RiceStore;
import com.outcomes.port.WorkTracker;

/**
 * Reads everything of a project the caller may browse that the outcome tree and the RICE calibration need, with a
 * constant number of host calls and statements whatever the project's size: the portfolio, the epic links, ONE epic
 * search (output and done dates), two visibility batches, and three SQL statements (metrics, reading series, RICE).
 */
public final class ProjectReader {

    private final WorkTracker work;
    private final MetricStore metrics;
    private final RiceStore rice;
    private final EvaluationBatch evaluations;
    private final Permissions permissions;

    public ProjectReader(WorkTracker work, MetricStore metrics, RiceStore rice, EvaluationBatch evaluations,
                  Permissions permissions) {
        this.work = work;
        this.metrics = metrics;
        this.rice = rice;
        this.evaluations = evaluations;
        this.permissions = permissions;
    }

    /** What the caller may see of the project; 400 {@code project} when blank, 404 when unknown or not browsable. */
    ProjectData read(String user, String projectKey, LocalDate asOf) {
        if (projectKey == null || projectKey.isBlank()) {
            throw new ValidationException(new FieldError("project", "outcomes.error.required"));
        }
        if (!work.hasProject(projectKey) || !permissions.canBrowseProject(user, projectKey)) {
            throw new NotFoundException("outcomes.error.projectNotFound", projectKey);
        }
        Portfolio portfolio = work.portfolio(projectKey);
        List<IssueRef> both = new ArrayList<>(portfolio.challenges());
        both.addAll(portfolio.outcomes());
        Set<String> visible = Set.copyOf(permissions.visible(user, both).stream().map(IssueRef::key).toList());
        List<IssueRef> challenges = portfolio.challenges().stream().filter(c -> visible.contains(c.key())).toList();
        List<IssueRef> outcomes = portfolio.outcomes().stream().filter(o -> visible.contains(o.key())).toList();
        List<String> outcomeKeys = outcomes.stream().map(IssueRef::key).toList();

        Map<String, List<IssueRef>> epicsByOutcome = visibleEpics(user, work.epicsOf(outcomeKeys));
        Map<String, IssueRef> uniqueEpics = new LinkedHashMap<>();
        epicsByOutcome.values().forEach(list -> list.forEach(e -> uniqueEpics.putIfAbsent(e.key(), e)));
        Map<String, EpicWork> workByEpic = new LinkedHashMap<>();
        if (!uniqueEpics.isEmpty()) {
            // the tree shows done/total only: the shortest window keeps the weekly counts small
            for (EpicWork w : work.epicWork(uniqueEpics.values(), OutputWindow.ending(asOf, OutputWindow.MIN_WEEKS))) {
                workByEpic.put(w.epic().key(), w);
            }
        }

        List<String> issueKeys = new ArrayList<>(outcomeKeys);
        challenges.forEach(c -> issueKeys.add(c.key()));
        List<Metric> all = issueKeys.isEmpty() ? List.of() : metrics.byIssues(issueKeys);
        Map<Long, ReadingHistory> histories = evaluations.historiesOf(all);
        Map<String, Map<String, RiceScore>> riceByOutcome = outcomeKeys.isEmpty() ? Map.of() : rice.forOutcomes(outcomeKeys);
        Map<String, Closure> closures = evaluations.closuresOfIssues(outcomeKeys);
        return new ProjectData(portfolio, challenges, outcomes, epicsByOutcome, workByEpic, all, histories, riceByOutcome,
                closures);
    }

    /** Drops the epics the viewer may not browse, all outcomes' epics checked in one call; each epic once per outcome. */
    private Map<String, List<IssueRef>> visibleEpics(String user, Map<String, List<IssueRef>> epicsByOutcome) {
        Set<String> keys = new LinkedHashSet<>();
        epicsByOutcome.values().forEach(epics -> epics.forEach(e -> keys.add(e.key())));
        Set<String> visible = keys.isEmpty() ? Set.of() : permissions.visibleKeys(user, keys);
        Map<String, List<IssueRef>> result = new LinkedHashMap<>();
        epicsByOutcome.forEach((outcome, epics) -> {
            Map<String, IssueRef> byKey = new LinkedHashMap<>();
            epics.stream().filter(e -> visible.contains(e.key())).forEach(e -> byKey.putIfAbsent(e.key(), e));
            result.put(outcome, List.copyOf(byKey.values()));
        });
        return result;
    }

    /**
     * A project as the caller may see it. Maps are keyed by issue key (metric id for histories); {@code closures} holds
     * the current closure of each closed outcome (DESIGN §3b).
     */
    record ProjectData(Portfolio portfolio, List<IssueRef> challenges, List<IssueRef> outcomes,
                       Map<String, List<IssueRef>> epicsByOutcome, Map<String, EpicWork> workByEpic,
                       List<Metric> metrics, Map<Long, ReadingHistory> histories,
                       Map<String, Map<String, RiceScore>> riceByOutcome, Map<String, Closure> closures) {
    }
}
