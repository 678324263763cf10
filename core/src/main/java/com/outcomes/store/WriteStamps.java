package com.outcomes.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.port.StoreVersion;

import net.java.ao.Query;

/**
 * The store's write version ({@link StoreVersion}) as the sum of {@link WriteStampEntity} weights: one statement to
 * read, one insert per write transaction, in that transaction ({@link Transactions#run}).
 *
 * <p>Why a sum of inserted rows and not one counter row updated by every write: an update of one row serialises every
 * write of the cluster on that row's lock until its commit (and its disk sync) — the hot row the recording benchmark
 * would pay for — and an atomic {@code SET V = V + 1} needs plain SQL on the transaction's own connection, which Jira's
 * Active Objects API does not give a plugin (its read-modify-write through an entity loses concurrent increments, and
 * then a commit could leave the version unchanged). Inserts do not wait for each other, and a sum read in one
 * statement counts exactly the committed ones. Not {@code MAX(ID)}: ids are handed out before commit, so a write with a
 * lower id can commit after a higher one was read. Rows are compacted now and then, keeping the sum.
 */
public final class WriteStamps implements StoreVersion {

    /** About one write transaction in this many compacts the table afterwards, keeping it to a few hundred rows. */
    static final int COMPACT_ONE_IN = 256;
    /** Rows merged by one compaction at most: one bounded transaction. */
    static final int COMPACT_ROWS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(WriteStamps.class);

    private final StoreDatabase database;

    public WriteStamps(StoreDatabase database) {
        this.database = database;
    }

    /** The sum of all committed stamps: 0 for a store never written to. */
    @Override
    public long current() {
        SqlReads sql = database.sqlReads();
        long[] sum = {0};
        sql.select("SELECT SUM(" + sql.column(WriteStampEntity.WEIGHT) + ") FROM " + sql.table(WriteStampEntity.class),
                List.of(), row -> sum[0] = row.getLong(1));
        return sum[0];
    }

    /** Inside a write transaction: raises the version by one when (and only when) that transaction commits. */
    static void stamp(StoreDatabase database) {
        database.createAll(WriteStampEntity.class, List.of(Map.of(WriteStampEntity.WEIGHT, 1)));
    }

    /** After a write committed: now and then, merges the oldest rows, outside that write's transaction. */
    static void compactSometimes(Transactions committed) {
        if (ThreadLocalRandom.current().nextInt(COMPACT_ONE_IN) == 0) {
            try {
                compact(committed.database());
            } catch (RuntimeException e) {
                // e.g. another node compacting the same rows at once: harmless (the sum only grows), tried again later
                LOG.debug("write stamps not compacted this time", e);
            }
        }
    }

    /**
     * Replaces up to {@link #COMPACT_ROWS} oldest rows by one row of their total weight, in one transaction: readers
     * see the sum before or after, the same. Two nodes compacting the same rows at once may both insert their total;
     * the sum then grows (one needless cache miss), it never shrinks, which is what keeps a version from repeating.
     */
    static void compact(StoreDatabase database) {
        Transactions.unstamped(database).run(() -> {
            WriteStampEntity[] oldest = database.find(WriteStampEntity.class,
                    Query.select("ID, " + WriteStampEntity.WEIGHT).order("ID").limit(COMPACT_ROWS));
            if (oldest.length < 2) {
                return null;
            }
            int total = 0;
            for (WriteStampEntity row : oldest) {
                total += row.getWeight();
            }
            database.delete(oldest);
            database.createAll(WriteStampEntity.class, List.of(Map.of(WriteStampEntity.WEIGHT, total)));
            return null;
        });
    }
}
