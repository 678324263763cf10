package com.outcomes.jira;

import java.util.Collection;
import java.util.stream.Collectors;

/** Builds the few JQL queries the plugin runs; every value is quoted so no key can change a query's meaning. */
final class Jql {

    private Jql() {
    }

    static String portfolio(String projectKey) {
        return "project = " + quote(projectKey) + " AND issuetype in (\"Challenge\",\"Outcome\")";
    }

    /** All issues of all the given epics: Data Center keeps the Epic Link field, one clause for every epic. */
    static String issuesOfEpics(Collection<String> epicKeys) {
        return "\"Epic Link\" in (" + epicKeys.stream().map(Jql::quote).collect(Collectors.joining(", ")) + ")";
    }

    /** The given issues, as far as the searching user may see them. */
    static String issueKeys(Collection<String> keys) {
        return "issuekey in (" + keys.stream().map(Jql::quote).collect(Collectors.joining(", ")) + ")";
    }

    static String sprint(long sprintId) {
        return "sprint = " + sprintId;
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
