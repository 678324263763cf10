package com.outcomes.domain;

import java.util.Comparator;

/** Jira issue keys ("OUT-76") ordered as people read them: by project, then by number, so OUT-76 comes before OUT-101. */
public final class IssueKeys {

    /** Project key alphabetically, then issue number numerically; a key without a number sorts as text after them. */
    public static final Comparator<String> BY_NUMBER = Comparator
            .comparing(IssueKeys::project)
            .thenComparingLong(IssueKeys::number)
            .thenComparing(Comparator.naturalOrder());

    private IssueKeys() {
    }

    private static String project(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }

    private static long number(String key) {
        int dash = key.lastIndexOf('-');
        try {
            return dash < 0 ? Long.MAX_VALUE : Long.parseLong(key.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
