package com.outcomes.store;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs store work in one database transaction, the same way on every host. A transaction the database aborts
 * for a serialization failure or deadlock ({@link SqlStates#isTransient}) is run again, a few times: safe because
 * the attempt was rolled back as a whole. Work started inside a transaction already running on this thread — the
 * store's own (a seeder writing metrics and readings together) or one somebody else opened — joins it and is never
 * retried on its own: only the transaction's opener may run it again.
 */
public final class Transactions {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    /**
     * The database whose transaction the store opened on this thread. Per thread and not per instance, so that
     * every repository over the same database sees it.
     */
    private static final ThreadLocal<StoreDatabase> OPEN = new ThreadLocal<>();

    private final StoreDatabase database;

    public Transactions(StoreDatabase database) {
        this.database = database;
    }

    /** Runs the work in one transaction: all of it is stored, or none. */
    public <T> T run(Supplier<T> work) {
        if (OPEN.get() == database || database.inOuterTransaction()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !SqlStates.isTransient(e)) {
                    throw e;
                }
                LOG.debug("transaction aborted by the database (attempt {}), retrying", attempt, e);
            }
        }
    }

    private <T> T once(Supplier<T> work) {
        StoreDatabase enclosing = OPEN.get();
        OPEN.set(database);
        try {
            return database.inNewTransaction(work);
        } finally {
            if (enclosing == null) {
                OPEN.remove();
            } else {
                OPEN.set(enclosing);
            }
        }
    }
}
