package com.outcomes.preview.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.outcomes.domain.OutputWindow;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;

/**
 * The preview's {@link WorkTracker}: answers from an {@link IssuesDocument} indexed at start (a file
 * given with {@code --issues}, a live Jira read once with {@code --jira-url}, or the demo portfolio).
 * Every call is a few map look-ups; nothing is searched per request.
 */
public final class IssuesDocumentWorkTracker implements WorkTracker {

    private final IssuesDocument document;

    public IssuesDocumentWorkTracker(IssuesDocument document) {
        this.document = document;
    }

    public IssuesDocument document() {
        return document;
    }

    @Override
    public Optional<IssueRef> issue(String key) {
        return document.issue(key);
    }

    @Override
    public boolean hasProject(String projectKey) {
        return document.projectKeys().contains(projectKey);
    }

    @Override
    public Portfolio portfolio(String projectKey) {
        List<IssueRef> outcomes = document.outcomesOfProject(projectKey);
        Map<String, String> challengeOfOutcome = new LinkedHashMap<>();
        for (IssueRef outcome : outcomes) {
            document.challengeOfOutcome(outcome.key()).ifPresent(c -> challengeOfOutcome.put(outcome.key(), c.key()));
        }
        return new Portfolio(document.challengesOf(projectKey), outcomes, challengeOfOutcome);
    }

    @Override
    public Map<String, List<IssueRef>> epicsOf(Collection<String> outcomeKeys) {
        Map<String, List<IssueRef>> result = new LinkedHashMap<>();
        for (String key : outcomeKeys) {
            List<IssueRef> epics = document.epicsOfOutcome(key);
            if (!epics.isEmpty()) {
                result.put(key, epics);
            }
        }
        return result;
    }

    @Override
    public Map<String, List<IssueRef>> outcomesMovedBy(Collection<String> epicKeys) {
        Map<String, List<IssueRef>> result = new LinkedHashMap<>();
        for (String key : epicKeys) {
            List<IssueRef> outcomes = document.outcomesOfEpic(key);
            if (!outcomes.isEmpty()) {
                result.put(key, outcomes);
            }
        }
        return result;
    }

    @Override
    public Optional<IssueRef> challengeOf(String outcomeKey) {
        return document.challengeOfOutcome(outcomeKey);
    }

    @Override
    public List<IssueRef> outcomesOf(String challengeKey) {
        return document.outcomesOfChallenge(challengeKey);
    }

    @Override
    public List<EpicWork> epicWork(Collection<IssueRef> epics, OutputWindow window) {
        List<EpicWork> result = new ArrayList<>(epics.size());
        for (IssueRef epic : epics) {
            EpicOutputIndex output = document.outputOfEpic(epic.key());
            result.add(new EpicWork(epic, output.total(), output.done(), output.doneIn(window), output.firstDone(),
                    output.lastDone()));
        }
        return result;
    }

    @Override
    public Optional<Sprint> sprint(long sprintId) {
        return document.sprint(sprintId);
    }

    @Override
    public List<SprintIssue> sprintIssues(long sprintId) {
        List<SprintIssue> result = new ArrayList<>();
        for (DocumentIssue issue : document.issuesOfSprint(sprintId)) {
            result.add(new SprintIssue(issue.key(), issue.epicKey(), issue.done(), issue.resolvedOn()));
        }
        return result;
    }
}
