package com.outcomes.port;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.outcomes.domain.Closure;

/**
 * Where outcomes' closures are kept (DESIGN §3b "Lifecycle"). Closures are kept append-only: reopening marks the
 * current closure as no longer current instead of deleting it. Every method throws {@link PersistenceException}
 * when the database fails.
 */
public interface ClosureStore {

    /**
     * Stores the closure as the outcome's current one.
     *
     * @throws com.outcomes.error.ConflictException when the outcome is already closed (checked in the same transaction)
     */
    Closure close(Closure closure, Instant at);

    /**
     * Ends the outcome's current closure; the closure itself is kept.
     *
     * @return the closure that was current
     * @throws com.outcomes.error.ConflictException when the outcome is not closed (checked in the same transaction)
     */
    Closure reopen(String issueKey, String user, Instant at);

    /** The outcome's current closure, if it is closed. */
    Optional<Closure> current(String issueKey);

    /** The current closures of the outcomes that are closed, keyed by issue key: one statement, however many keys. */
    Map<String, Closure> currentOf(Collection<String> issueKeys);
}
