package com.outcomes.preview.jql;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * A compiled query or part of it. Relative dates count back from the day the query is run for, so a condition is
 * first bound to that day — once per count, not once per issue — and the bound test then answers for each issue.
 */
interface Condition {

    Predicate<SearchableIssue> on(LocalDate asOf);

    static Condition and(Condition left, Condition right) {
        return asOf -> left.on(asOf).and(right.on(asOf));
    }

    static Condition or(Condition left, Condition right) {
        return asOf -> left.on(asOf).or(right.on(asOf));
    }

    static Condition not(Condition inner) {
        return asOf -> inner.on(asOf).negate();
    }

    /** A condition that needs no day. */
    static Condition always(Predicate<SearchableIssue> test) {
        return asOf -> test;
    }

    Condition EVERY_ISSUE = always(issue -> true);
}
