package com.outcomes.service;

import com.outcomes.error.ConflictException;
import com.outcomes.port.ClosureStore;

/** The freeze of DESIGN §3b: a closed outcome's metrics take no readings, imports or definition changes. */
final class OpenOutcomes {

    private final ClosureStore closures;

    OpenOutcomes(ClosureStore closures) {
        this.closures = closures;
    }

    /** @throws ConflictException naming the outcome when it is closed (409) */
    void requireOpen(String issueKey) {
        if (closures.current(issueKey).isPresent()) {
            throw new ConflictException(issueKey, "outcomes.lifecycle.error.closed", issueKey);
        }
    }
}
