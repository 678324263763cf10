package com.outcomes.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

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
import com.outcomes.port.WriteVersion;

/**
 * The part of a dashboard that is the same for every viewer — every metric of a portfolio's challenges and outcomes,
 * read and evaluated, their closures and latest check-ins — kept with the store write version it was read at and
 * shared: the reads of tens of thousands of readings and the rules over them were ~60% of a whole-portfolio
 * dashboard's time. What depends on the viewer (which issues and epics they may browse) and on the host's live data
 * (epics and their issues, which change without our writes) is not in here: the dashboard filters and asks for those
 * on each request.
 *
 * <p>Why it is never stale, on any node: each request first reads the write version from the database (one
 * statement). A kept evaluation at that same version is used as it is. One at an older version with the same
 * "other writes" count differs only by readings: the buckets of metrics whose readings moved are read again (one
 * statement) and their metrics, and the leading indicators that follow them, evaluated again; everything else is kept,
 * since no write touched it after it was read. Any other write (a definition, a closure, a check-in) reads everything
 * again. The version is the database's, so a write committed on any node is seen by every node's next request; no
 * cluster message is needed for correctness. The key also holds the portfolio's issue keys as the host gave them this
 * request, so a new outcome in Jira is a new evaluation too.
 */
final class PortfolioEvaluations {

    /** Portfolios × days asked for at once; beyond that the cache starts over. */
    static final int MAX_ENTRIES = 64;

    private final StoreVersion version;
    private final SharedCache<Key, Kept> cache;
    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final CheckInStore checkIns;
    private final ClosureStore closures;
    /**
     * Evaluations being made on this node, so that the viewers arriving after a write wait for one instead of each
     * making their own. Only in-flight work: each entry is removed as soon as it is done.
     */
    private final Map<Making, CompletableFuture<Evaluated>> making = new ConcurrentHashMap<>();

    PortfolioEvaluations(StoreVersion version, SharedCache.Factory caches, MetricStore metrics,
                         EvaluationBatch evaluations, CheckInStore checkIns, ClosureStore closures) {
        this.version = version;
        this.cache = caches.cache("dashboard.portfolio", MAX_ENTRIES);
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.checkIns = checkIns;
        this.closures = closures;
    }

    /** The whole portfolio evaluated on {@code asOf}, as of the last write committed before this call. */
    Evaluated of(String project, Portfolio portfolio, LocalDate asOf) {
        WriteVersion current = version.current(); // first: whatever is read after it is at least this new
        Key key = new Key(project, asOf, portfolio.challenges().stream().map(IssueRef::key).toList(),
                portfolio.outcomes().stream().map(IssueRef::key).toList());
        Kept kept = cache.peek(key);
        if (kept != null && kept.version().equals(current)) {
            return kept.evaluated();
        }
        Making job = new Making(key, current);
        CompletableFuture<Evaluated> mine = new CompletableFuture<>();
        CompletableFuture<Evaluated> other = making.putIfAbsent(job, mine);
        if (other != null) {
            return join(other);
        }
        try {
            Evaluated made = kept != null && kept.version().others() == current.others()
                    ? update(kept, current, asOf)
                    : evaluate(key, asOf);
            cache.put(key, new Kept(current, made));
            mine.complete(made);
            return made;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            making.remove(job, mine);
        }
    }

    private static Evaluated join(CompletableFuture<Evaluated> other) {
        try {
            return other.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Four statements, whatever the portfolio's size: closures, metrics, readings, check-ins. */
    private Evaluated evaluate(Key key, LocalDate asOf) {
        Map<String, Closure> closed = key.outcomeKeys().isEmpty() ? Map.of() : closures.currentOf(key.outcomeKeys());
        List<String> issueKeys = new ArrayList<>(key.outcomeKeys());
        issueKeys.addAll(key.challengeKeys()); // the challenges' KPIs come with the same one query
        List<Metric> all = issueKeys.isEmpty() ? List.of() : metrics.byIssues(issueKeys);
        Map<Long, ReadingHistory> histories = evaluations.historiesOf(all);
        Map<Long, MetricView> views = new HashMap<>();
        for (Metric m : all) {
            views.put(m.id(), evaluations.evaluate(m, histories, asOf, closed));
        }
        Map<String, CheckIn> latest = key.outcomeKeys().isEmpty() ? Map.of() : checkIns.latestOf(key.outcomeKeys());
        return Evaluated.of(all, histories, views, closed, latest);
    }

    /**
     * One statement: the histories of the metrics (and parents) in the buckets written to since {@code kept} was read;
     * those metrics and the ones whose parent is among them evaluated again, all others kept.
     */
    private Evaluated update(Kept kept, WriteVersion current, LocalDate asOf) {
        Set<Integer> moved = current.bucketsChangedSince(kept.version());
        Evaluated before = kept.evaluated();
        Set<Long> reread = new HashSet<>();
        for (Long id : EvaluationBatch.historyIds(before.metrics())) {
            if (moved.contains(WriteVersion.bucketOf(id))) {
                reread.add(id);
            }
        }
        Map<Long, ReadingHistory> histories = new HashMap<>(before.histories());
        histories.keySet().removeAll(reread);
        if (!reread.isEmpty()) {
            histories.putAll(evaluations.historiesOfIds(reread));
        }
        Map<Long, MetricView> views = new HashMap<>();
        for (Metric m : before.metrics()) {
            boolean own = reread.contains(m.id());
            boolean parent = EvaluationBatch.hasParent(m) && reread.contains(m.definition().parentMetricId());
            views.put(m.id(), own || parent
                    ? evaluations.evaluate(m, histories, asOf, before.closures())
                    : before.viewsById().get(m.id()));
        }
        return Evaluated.of(before.metrics(), histories, views, before.closures(), before.latestCheckIns());
    }

    /** A portfolio on a day, as the host gave it on this request. */
    record Key(String project, LocalDate asOf, List<String> challengeKeys, List<String> outcomeKeys) {
    }

    /** An evaluation and the write version read before it was read. */
    record Kept(WriteVersion version, Evaluated evaluated) {
    }

    private record Making(Key key, WriteVersion version) {
    }

    /**
     * Every challenge's and outcome's metrics (in id order), evaluated (by metric id and by issue key, in metric id
     * order), the histories behind them (by metric id), the current closures and the latest check-ins of the outcomes
     * (by issue key). Unmodifiable.
     */
    record Evaluated(List<Metric> metrics, Map<Long, ReadingHistory> histories, Map<Long, MetricView> viewsById,
                     Map<String, List<MetricView>> viewsByIssue, Map<String, Closure> closures,
                     Map<String, CheckIn> latestCheckIns) {

        static Evaluated of(List<Metric> metrics, Map<Long, ReadingHistory> histories, Map<Long, MetricView> viewsById,
                            Map<String, Closure> closures, Map<String, CheckIn> latestCheckIns) {
            Map<String, List<MetricView>> byIssue = new LinkedHashMap<>();
            for (Metric m : metrics) {
                byIssue.computeIfAbsent(m.issueKey(), k -> new ArrayList<>()).add(viewsById.get(m.id()));
            }
            byIssue.replaceAll((k, v) -> List.copyOf(v));
            return new Evaluated(List.copyOf(metrics), Collections.unmodifiableMap(histories),
                    Collections.unmodifiableMap(viewsById), Collections.unmodifiableMap(byIssue),
                    Collections.unmodifiableMap(closures), Collections.unmodifiableMap(latestCheckIns));
        }
    }
}
