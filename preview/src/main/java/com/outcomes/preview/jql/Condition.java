package com.outcomes.preview.jql;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * A compiled query or part of it. Relative dates count back from the day the query is run for, so a condition is
 * first bound to that day — once per count, not once per issue — and the bound test then answers for each issue.
 */
interface Condition {

    /** What testing one issue costs when the field reads nothing beyond the issue: a flag. */
    int FLAG = 0;
    /** A date: one object read. */
    int DATE = 1;
    /** A text: the String and its characters. */
    int TEXT = 2;
    /** A set of texts. */
    int TEXTS = 3;

    Predicate<SearchableIssue> on(LocalDate asOf);

    /**
     * A relative cost of testing one issue. A count is bound by memory reads rather than by comparisons, so AND and OR
     * test the cheaper side first: the same answer (the tests have no side effects), fewer objects read per issue.
     */
    default int cost() {
        return TEXT;
    }

    static Condition and(Condition left, Condition right) {
        Condition first = right.cost() < left.cost() ? right : left;
        Condition second = first == left ? right : left;
        return costing(left.cost() + right.cost(), asOf -> first.on(asOf).and(second.on(asOf)));
    }

    static Condition or(Condition left, Condition right) {
        Condition first = right.cost() < left.cost() ? right : left;
        Condition second = first == left ? right : left;
        return costing(left.cost() + right.cost(), asOf -> first.on(asOf).or(second.on(asOf)));
    }

    static Condition not(Condition inner) {
        return costing(inner.cost(), asOf -> inner.on(asOf).negate());
    }

    /** A condition that needs no day. */
    static Condition always(Predicate<SearchableIssue> test) {
        return asOf -> test;
    }

    static Condition costing(int cost, Condition condition) {
        return new Condition() {
            @Override
            public Predicate<SearchableIssue> on(LocalDate asOf) {
                return condition.on(asOf);
            }

            @Override
            public int cost() {
                return cost;
            }
        };
    }

    Condition EVERY_ISSUE = costing(FLAG, always(issue -> true));
}
