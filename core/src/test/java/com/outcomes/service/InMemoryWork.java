package com.outcomes.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.WeeklyCounts;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;

/** A hand-built portfolio for service tests; counts host calls so tests can assert they stay constant. */
public final class InMemoryWork implements WorkTracker {

    private final Map<String, IssueRef> issues = new LinkedHashMap<>();
    private final Map<String, String> challengeOfOutcome = new LinkedHashMap<>();
    private final Map<String, List<String>> epicsOfOutcome = new LinkedHashMap<>();
    private final Map<String, List<LocalDate>> doneDatesOfEpic = new LinkedHashMap<>();
    private final Map<String, Integer> totalOfEpic = new LinkedHashMap<>();
    private final Map<Long, Sprint> sprints = new LinkedHashMap<>();
    private final Map<Long, List<SprintIssue>> sprintIssues = new LinkedHashMap<>();
    public final AtomicInteger calls = new AtomicInteger();

    public InMemoryWork challenge(String key, String summary) {
        issues.put(key, new IssueRef(key, summary, project(key), IssueRef.CHALLENGE));
        return this;
    }

    public InMemoryWork outcome(String key, String summary, String challengeKey) {
        issues.put(key, new IssueRef(key, summary, project(key), IssueRef.OUTCOME));
        if (challengeKey != null) {
            challengeOfOutcome.put(key, challengeKey);
        }
        return this;
    }

    /** An epic moving the outcome, with {@code notDone} open issues and done issues resolved on the given days. */
    public InMemoryWork epic(String key, String summary, String outcomeKey, int notDone, LocalDate... doneOn) {
        issues.put(key, new IssueRef(key, summary, project(key), IssueRef.EPIC));
        epicsOfOutcome.computeIfAbsent(outcomeKey, k -> new ArrayList<>()).add(key);
        doneDatesOfEpic.put(key, List.of(doneOn));
        totalOfEpic.put(key, notDone + doneOn.length);
        return this;
    }

    public InMemoryWork sprint(Sprint sprint, SprintIssue... issuesOfSprint) {
        sprints.put(sprint.id(), sprint);
        sprintIssues.put(sprint.id(), List.of(issuesOfSprint));
        return this;
    }

    private static String project(String key) {
        return key.substring(0, key.indexOf('-'));
    }

    @Override
    public Optional<IssueRef> issue(String key) {
        calls.incrementAndGet();
        return Optional.ofNullable(issues.get(key));
    }

    @Override
    public boolean hasProject(String projectKey) {
        return issues.values().stream().anyMatch(i -> i.projectKey().equals(projectKey));
    }

    @Override
    public Portfolio portfolio(String projectKey) {
        calls.incrementAndGet();
        List<IssueRef> challenges = issues.values().stream()
                .filter(i -> i.projectKey().equals(projectKey) && i.isOfType(IssueRef.CHALLENGE)).toList();
        List<IssueRef> outcomes = issues.values().stream()
                .filter(i -> i.projectKey().equals(projectKey) && i.isOfType(IssueRef.OUTCOME)).toList();
        return new Portfolio(challenges, outcomes, challengeOfOutcome);
    }

    @Override
    public Map<String, List<IssueRef>> epicsOf(Collection<String> outcomeKeys) {
        calls.incrementAndGet();
        Map<String, List<IssueRef>> result = new LinkedHashMap<>();
        for (String key : outcomeKeys) {
            List<String> epics = epicsOfOutcome.get(key);
            if (epics != null) {
                result.put(key, epics.stream().map(issues::get).toList());
            }
        }
        return result;
    }

    @Override
    public Map<String, List<IssueRef>> outcomesMovedBy(Collection<String> epicKeys) {
        calls.incrementAndGet();
        Map<String, List<IssueRef>> result = new LinkedHashMap<>();
        epicsOfOutcome.forEach((outcome, epics) -> epics.stream().filter(epicKeys::contains)
                .forEach(e -> result.computeIfAbsent(e, k -> new ArrayList<>()).add(issues.get(outcome))));
        return result;
    }

    @Override
    public Optional<IssueRef> challengeOf(String outcomeKey) {
        calls.incrementAndGet();
        return Optional.ofNullable(challengeOfOutcome.get(outcomeKey)).map(issues::get);
    }

    @Override
    public List<IssueRef> outcomesOf(String challengeKey) {
        calls.incrementAndGet();
        return challengeOfOutcome.entrySet().stream().filter(e -> e.getValue().equals(challengeKey))
                .map(e -> issues.get(e.getKey())).toList();
    }

    @Override
    public List<EpicWork> epicWork(Collection<IssueRef> epics, OutputWindow window) {
        calls.incrementAndGet();
        return epics.stream().map(e -> {
            List<LocalDate> done = doneDatesOfEpic.getOrDefault(e.key(), List.of());
            WeeklyCounts.Tally tally = window.tally();
            done.forEach(tally::add);
            return new EpicWork(issues.getOrDefault(e.key(), e), totalOfEpic.getOrDefault(e.key(), 0), done.size(),
                    tally.counts(), done.stream().min(LocalDate::compareTo).orElse(null),
                    done.stream().max(LocalDate::compareTo).orElse(null));
        }).toList();
    }

    @Override
    public Optional<Sprint> sprint(long sprintId) {
        calls.incrementAndGet();
        return Optional.ofNullable(sprints.get(sprintId));
    }

    @Override
    public List<SprintIssue> sprintIssues(long sprintId) {
        calls.incrementAndGet();
        return sprintIssues.getOrDefault(sprintId, List.of());
    }
}
