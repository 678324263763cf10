package com.outcomes.preview.jql;

import java.time.LocalDate;

/** A compiled query or part of it: true or false for one issue on one day (relative dates count back from it). */
interface Condition {

    boolean test(SearchableIssue issue, LocalDate asOf);

    static Condition and(Condition left, Condition right) {
        return (issue, asOf) -> left.test(issue, asOf) && right.test(issue, asOf);
    }

    static Condition or(Condition left, Condition right) {
        return (issue, asOf) -> left.test(issue, asOf) || right.test(issue, asOf);
    }

    static Condition not(Condition inner) {
        return (issue, asOf) -> !inner.test(issue, asOf);
    }

    Condition EVERY_ISSUE = (issue, asOf) -> true;
}
