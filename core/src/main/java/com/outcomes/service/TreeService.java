package com.outcomes.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.domain.IssueKeys;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.RiceScore;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.service.ProjectReader.ProjectData;

/** The outcome tree of a project (DESIGN §5 {@code GET /tree}), read with a constant number of statements and calls. */
public final class TreeService {

    private final ProjectReader reader;
    private final EvaluationBatch evaluations;

    public TreeService(ProjectReader reader, EvaluationBatch evaluations) {
        this.reader = reader;
        this.evaluations = evaluations;
    }

    /** 400 {@code project} when blank; 404 a project unknown or not browsable by the caller. */
    public OutcomeTree tree(String user, String projectKey, LocalDate asOf) {
        ProjectData data = reader.read(user, projectKey, asOf);
        Map<String, List<Metric>> metricsByIssue = new LinkedHashMap<>();
        data.metrics().forEach(m -> metricsByIssue.computeIfAbsent(m.issueKey(), k -> new ArrayList<>()).add(m));

        Map<String, OutcomeTree.Outcome> outcomes = new LinkedHashMap<>();
        for (IssueRef outcome : data.outcomes()) {
            outcomes.put(outcome.key(), new OutcomeTree.Outcome(outcome, data.closures().containsKey(outcome.key()),
                    nodes(metricsByIssue.getOrDefault(outcome.key(), List.of()), data, asOf), epics(outcome, data)));
        }
        Set<String> placed = new LinkedHashSet<>();
        List<OutcomeTree.Challenge> challenges = new ArrayList<>();
        for (IssueRef challenge : data.challenges()) {
            List<OutcomeTree.Outcome> mine = new ArrayList<>();
            outcomes.forEach((key, outcome) -> {
                if (challenge.key().equals(data.portfolio().challengeOfOutcome().get(key))) {
                    mine.add(outcome);
                    placed.add(key);
                }
            });
            challenges.add(new OutcomeTree.Challenge(challenge,
                    nodes(metricsByIssue.getOrDefault(challenge.key(), List.of()), data, asOf), mine));
        }
        List<OutcomeTree.Outcome> unassigned = outcomes.values().stream()
                .filter(o -> !placed.contains(o.issue().key())).toList();
        return new OutcomeTree(projectKey, asOf, challenges, unassigned);
    }

    /**
     * An issue's metrics in id order, each LEADING metric whose parent is among them placed under that parent (at any
     * depth). A metric no root reaches (parents naming each other) stays at the top rather than vanishing.
     */
    private List<OutcomeTree.Node> nodes(List<Metric> metrics, ProjectData data, LocalDate asOf) {
        Set<Long> ids = new LinkedHashSet<>();
        metrics.forEach(m -> ids.add(m.id()));
        Map<Long, List<Metric>> leadingByParent = new LinkedHashMap<>();
        List<Metric> roots = new ArrayList<>();
        for (Metric m : metrics) {
            Long parent = m.definition().parentMetricId();
            if (m.kind() == MetricKind.LEADING && parent != null && ids.contains(parent) && parent != m.id()) {
                leadingByParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
            } else {
                roots.add(m);
            }
        }
        Set<Long> placed = new LinkedHashSet<>();
        List<OutcomeTree.Node> nodes = new ArrayList<>();
        for (Metric root : roots) {
            nodes.add(node(root, leadingByParent, placed, data, asOf));
        }
        for (Metric m : metrics) {
            if (!placed.contains(m.id())) {
                nodes.add(node(m, leadingByParent, placed, data, asOf));
            }
        }
        return nodes;
    }

    private OutcomeTree.Node node(Metric m, Map<Long, List<Metric>> leadingByParent, Set<Long> placed, ProjectData data,
                                  LocalDate asOf) {
        placed.add(m.id());
        List<OutcomeTree.Node> leading = new ArrayList<>();
        for (Metric child : leadingByParent.getOrDefault(m.id(), List.of())) {
            if (!placed.contains(child.id())) {
                leading.add(node(child, leadingByParent, placed, data, asOf));
            }
        }
        // a closed outcome's metrics are frozen on its closing day, as everywhere (DESIGN §3b)
        return new OutcomeTree.Node(evaluations.evaluate(m, data.histories(), asOf, data.closures()), List.copyOf(leading));
    }

    private static List<OutcomeTree.Epic> epics(IssueRef outcome, ProjectData data) {
        Map<String, RiceScore> rice = data.riceByOutcome().getOrDefault(outcome.key(), Map.of());
        return data.epicsByOutcome().getOrDefault(outcome.key(), List.of()).stream()
                .sorted(Comparator.comparing(IssueRef::key, IssueKeys.BY_NUMBER))
                .map(epic -> {
                    EpicWork w = data.workByEpic().get(epic.key());
                    return w == null
                            ? new OutcomeTree.Epic(epic, 0, 0, rice.get(epic.key()))
                            : new OutcomeTree.Epic(w.epic(), w.done(), w.total(), rice.get(epic.key()));
                })
                .toList();
    }
}
