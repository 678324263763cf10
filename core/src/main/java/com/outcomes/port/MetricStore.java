package com.outcomes.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import com.outcomes.domain.ComputeError;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;

/**
 * Where metric definitions are kept. Core's Active Objects implementation serves both hosts.
 * Every method throws {@link PersistenceException} when the database fails.
 */
public interface MetricStore {

    Metric create(String issueKey, MetricDefinition definition);

    /** @param definedOn the day it is defined (DESIGN §3b: a guardrail is first due then) */
    Metric create(String issueKey, MetricDefinition definition, LocalDate definedOn);

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

    /** The metrics this user owns (DESIGN §3b), oldest first, in one query. */
    List<Metric> ownedBy(String owner);

    /** Every metric, oldest first, in one query: what "compute and remind" looks at. */
    List<Metric> all();

    /** Records (or, with null, clears) why the metric's last computation recorded nothing. */
    void setComputeError(long metricId, ComputeError error);
}
