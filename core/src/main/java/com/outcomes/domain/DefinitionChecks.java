package com.outcomes.domain;

import java.util.Optional;

/**
 * The two questions about a metric definition only the host can answer (DESIGN §3b), asked by
 * {@link MetricValidator} so that every problem with a definition is still found in one place and reported at once.
 */
public interface DefinitionChecks {

    /** Accepts every owner and every JQL: for the pure rules alone (tests of the other fields). */
    DefinitionChecks NONE = new DefinitionChecks() {
        @Override
        public boolean ownerMayBrowse(String owner) {
            return true;
        }

        @Override
        public Optional<String> jqlProblem(String jql, String owner) {
            return Optional.empty();
        }
    };

    /** May this user browse the metric's issue (and so own it)? False for unknown users. */
    boolean ownerMayBrowse(String owner);

    /** The host parser's words for why it refuses this JQL for the owner; empty when accepted. */
    Optional<String> jqlProblem(String jql, String owner);
}
