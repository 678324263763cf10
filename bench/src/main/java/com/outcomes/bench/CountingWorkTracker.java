package com.outcomes.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.outcomes.domain.OutputWindow;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;
import com.outcomes.port.WorkTracker;

/**
 * Counts the calls core makes on the host's {@link WorkTracker}. In Jira each call is a search or a link
 * look-up, so the count per dashboard request must not grow with the number of outcomes.
 */
public final class CountingWorkTracker implements WorkTracker {

    private final WorkTracker delegate;
    private final AtomicInteger calls = new AtomicInteger();

    public CountingWorkTracker(WorkTracker delegate) {
        this.delegate = delegate;
    }

    public int calls() {
        return calls.get();
    }

    public void reset() {
        calls.set(0);
    }

    @Override
    public Optional<IssueRef> issue(String key) {
        calls.incrementAndGet();
        return delegate.issue(key);
    }

    @Override
    public Portfolio portfolio(String projectKey) {
        calls.incrementAndGet();
        return delegate.portfolio(projectKey);
    }

    @Override
    public Map<String, List<IssueRef>> epicsOf(Collection<String> outcomeKeys) {
        calls.incrementAndGet();
        return delegate.epicsOf(outcomeKeys);
    }

    @Override
    public Map<String, List<IssueRef>> outcomesMovedBy(Collection<String> epicKeys) {
        calls.incrementAndGet();
        return delegate.outcomesMovedBy(epicKeys);
    }

    @Override
    public Optional<IssueRef> challengeOf(String outcomeKey) {
        calls.incrementAndGet();
        return delegate.challengeOf(outcomeKey);
    }

    @Override
    public List<IssueRef> outcomesOf(String challengeKey) {
        calls.incrementAndGet();
        return delegate.outcomesOf(challengeKey);
    }

    @Override
    public List<EpicWork> epicWork(Collection<IssueRef> epics, OutputWindow window) {
        calls.incrementAndGet();
        return delegate.epicWork(epics, window);
    }

    @Override
    public Optional<Sprint> sprint(long sprintId) {
        calls.incrementAndGet();
        return delegate.sprint(sprintId);
    }

    @Override
    public List<SprintIssue> sprintIssues(long sprintId) {
        calls.incrementAndGet();
        return delegate.sprintIssues(sprintId);
    }
}
