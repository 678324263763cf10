package com.outcomes.store;

import java.util.function.Supplier;

import com.outcomes.port.WriteVersion;

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
    private final boolean stamped;

    /** Transactions that raise the store's write version ({@link WriteStamps}): every write of the store. */
    public Transactions(StoreDatabase database) {
        this(database, true);
    }

    private Transactions(StoreDatabase database, boolean stamped) {
        this.database = database;
        this.stamped = stamped;
    }

    /**
     * For writes no cached read depends on: {@link WriteStamps#compact}, which changes no data and keeps the version's
     * sum, and reminders ({@link ReminderRepository}), which no cache reads.
     */
    static Transactions unstamped(StoreDatabase database) {
        return new Transactions(database, false);
    }

    /**
     * Runs the work in one transaction: all of it is stored, or none. The outermost store transaction on this thread
     * also inserts its write stamp, so the store's write version rises exactly when the work commits; every cache keyed
     * by that version then misses on every node (a read-only transaction would only cost one needless miss).
     */
    public <T> T run(Supplier<T> work) {
        return run(WriteStamps.OTHERS, work);
    }

    /**
     * As {@link #run(Supplier)} for work that writes readings of this one metric and nothing else a dashboard shows: the
     * stamp names the metric's bucket, so caches re-read that bucket alone. Joined to an enclosing store transaction,
     * that transaction's stamp stands (a wider one).
     */
    public <T> T runForReadingsOf(long metricId, Supplier<T> work) {
        return run(WriteVersion.bucketOf(metricId), work);
    }

    private <T> T run(int bucket, Supplier<T> work) {
        if (OPEN.get() == database) {
            return work.get();
        }
        if (database.inOuterTransaction()) {
            return stamping(bucket, work).get();
        }
        T result = retrying(stamping(bucket, work));
        if (stamped) {
            WriteStamps.compactSometimes(this); // after the commit: never fails or repeats the write
        }
        return result;
    }

    private <T> T retrying(Supplier<T> work) {
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

    StoreDatabase database() {
        return database;
    }

    private <T> Supplier<T> stamping(int bucket, Supplier<T> work) {
        if (!stamped) {
            return work;
        }
        // First in the transaction, not last: AO's HSQLDB provider inserts under one JVM-wide monitor, and an insert
        // after a row another transaction waits on (a unique claim) would deadlock with it (see EntityManagerDatabase)
        return () -> {
            WriteStamps.stamp(database, bucket);
            return work.get();
        };
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
