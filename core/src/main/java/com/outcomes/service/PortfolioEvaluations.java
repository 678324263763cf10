package com.outcomes.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.Closure;
import com.outcomes.domain.Metric;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.port.CheckInStore;
import com.outcomes.port.ClosureStore;
import com.outcomes.port.IssueRef;
import com.outcomes.port.MetricStore;
import com.outcomes.port.Portfolio;
import com.outcomes.port.SharedCache;
import com.outcomes.port.StoreVersion;

/**
 * The part of a dashboard that is the same for every viewer — every metric of a portfolio's challenges and outcomes,
 * read and evaluated, their closures and latest check-ins — computed once per store write version and shared: the
 * reads of tens of thousands of readings and the rules over them were ~60% of a whole-portfolio dashboard's time.
 * What depends on the viewer (which issues and epics they may browse) and on the host's live data (epics and their
 * issues, which change without our writes) is not in here: the dashboard filters and asks for those on each request.
 *
 * <p>Why this is cluster-safe: the write version ({@link StoreVersion}) is read from the database before anything
 * else and is part of the key, so an entry can only be hit by a request that started after the last write it reflects;
 * a write committed on any node raises the version, and the next request on every node misses. The key also holds
 * the portfolio's issue keys as the host gave them this request, so a new outcome in Jira is a miss too.
 */
final class PortfolioEvaluations {

    /** Portfolios × days asked for at once; beyond that the cache starts over. */
    static final int MAX_ENTRIES = 64;

    private final StoreVersion version;
    private final SharedCache<Key, Evaluated> cache;
    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final CheckInStore checkIns;
    private final ClosureStore closures;
    /** The newest version this node has seen: older entries can no longer be hit, so a newer one frees them. */
    private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

    PortfolioEvaluations(StoreVersion version, SharedCache.Factory caches, MetricStore metrics,
                         EvaluationBatch evaluations, CheckInStore checkIns, ClosureStore closures) {
        this.version = version;
        this.cache = caches.cache("dashboard.portfolio", MAX_ENTRIES);
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.checkIns = checkIns;
        this.closures = closures;
    }

    /** The whole portfolio evaluated on {@code asOf}, as of the last write committed before this call: one statement when cached. */
    Evaluated of(String project, Portfolio portfolio, LocalDate asOf) {
        long current = version.current(); // first: whatever is read after it is at least this new
        long seen = newest.get();
        if (current > seen && newest.compareAndSet(seen, current)) {
            cache.removeAll();
        }
        List<String> challengeKeys = portfolio.challenges().stream().map(IssueRef::key).toList();
        List<String> outcomeKeys = portfolio.outcomes().stream().map(IssueRef::key).toList();
        return cache.get(new Key(current, project, asOf, challengeKeys, outcomeKeys),
                () -> evaluate(challengeKeys, outcomeKeys, asOf));
    }

    /** Four statements, whatever the portfolio's size: closures, metrics, readings, check-ins. */
    private Evaluated evaluate(List<String> challengeKeys, List<String> outcomeKeys, LocalDate asOf) {
        Map<String, Closure> closed = outcomeKeys.isEmpty() ? Map.of() : closures.currentOf(outcomeKeys);
        List<String> issueKeys = new ArrayList<>(outcomeKeys);
        issueKeys.addAll(challengeKeys); // the challenges' KPIs come with the same one query
        List<Metric> all = issueKeys.isEmpty() ? List.of() : metrics.byIssues(issueKeys);
        Map<Long, ReadingHistory> histories = evaluations.historiesOf(all);
        Map<String, List<MetricView>> views = new LinkedHashMap<>();
        for (Metric m : all) {
            views.computeIfAbsent(m.issueKey(), k -> new ArrayList<>()).add(evaluations.evaluate(m, histories, asOf, closed));
        }
        views.replaceAll((k, v) -> List.copyOf(v));
        Map<String, CheckIn> latest = outcomeKeys.isEmpty() ? Map.of() : checkIns.latestOf(outcomeKeys);
        return new Evaluated(Collections.unmodifiableMap(closed), Collections.unmodifiableMap(histories),
                Collections.unmodifiableMap(views), Collections.unmodifiableMap(latest));
    }

    /** What a write could change, and the portfolio as the host gave it: equal keys, equal answers. */
    record Key(long version, String project, LocalDate asOf, List<String> challengeKeys, List<String> outcomeKeys) {
    }

    /**
     * Every challenge's and outcome's metrics evaluated (by issue key, in metric id order), the histories behind them
     * (by metric id), the current closures and the latest check-ins of the outcomes (by issue key). Unmodifiable.
     */
    record Evaluated(Map<String, Closure> closures, Map<Long, ReadingHistory> histories,
                     Map<String, List<MetricView>> viewsByIssue, Map<String, CheckIn> latestCheckIns) {
    }
}
