package com.outcomes.port;

import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;

/**
 * Where metric definitions are kept. Core's Active Objects implementation serves both hosts.
 * Every method throws {@link PersistenceException} when the database fails.
 */
public interface MetricStore {

    Metric create(String issueKey, MetricDefinition definition);

    /**
     * Replaces the definition of metric {@code id}; its issue stays.
     *
     * @throws NoSuchElementException when no metric has that id
     */
    Metric update(long id, MetricDefinition definition);

    Optional<Metric> find(long id);

    /** The metrics of one issue, oldest first. */
    List<Metric> byIssue(String issueKey);

    /** The metrics of many issues, oldest first, in a number of queries that does not grow with the metrics. */
    List<Metric> byIssues(Collection<String> issueKeys);
}
