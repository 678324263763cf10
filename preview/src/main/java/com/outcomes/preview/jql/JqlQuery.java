package com.outcomes.preview.jql;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * A query of the preview's JQL subset (DESIGN §6), compiled once and then evaluated over the issues in memory.
 * Immutable and thread-safe.
 */
public final class JqlQuery {

    private final Condition condition;

    private JqlQuery(Condition condition) {
        this.condition = condition;
    }

    /**
     * @throws JqlException naming what is wrong or not supported, and where
     */
    public static JqlQuery compile(String jql) {
        return new JqlQuery(JqlParser.parse(jql));
    }

    /** Relative dates ({@code -7d}) count back from {@code asOf}. */
    public boolean matches(SearchableIssue issue, LocalDate asOf) {
        return condition.on(asOf).test(issue);
    }

    /**
     * How many of {@code issues} match, counting only those {@code counted} lets through (the user's projects).
     * Relative dates are resolved once for the count; a plain loop, as this runs over every issue of the document.
     */
    public long count(Collection<SearchableIssue> issues, LocalDate asOf, Predicate<SearchableIssue> counted) {
        Predicate<SearchableIssue> matching = condition.on(asOf);
        long count = 0;
        for (SearchableIssue issue : issues) {
            if (matching.test(issue) && counted.test(issue)) {
                count++;
            }
        }
        return count;
    }
}
