package com.outcomes.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.port.StoreVersion;
import com.outcomes.port.WriteVersion;

import net.java.ao.Query;

/**
 * The store's write version ({@link StoreVersion}) as the sums of {@link WriteStampEntity} weights per bucket: one
 * statement to read, one insert per write transaction, in that transaction ({@link Transactions#run}). Readings are
 * stamped with their metric's bucket, so a cache re-reads only the buckets written to; every other write is stamped
 * {@link #OTHERS}, and a cache then reads everything again.
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

    /** The bucket of every write that is not readings of one metric. */
    static final int OTHERS = -1;

    /** The sums of all committed stamps per bucket, in one statement of at most 65 rows: all 0 when never written to. */
    @Override
    public WriteVersion current() {
        SqlReads sql = database.sqlReads();
        String bucket = sql.column(WriteStampEntity.BUCKET);
        long[] others = {0};
        Map<Integer, Long> buckets = new HashMap<>();
        sql.select("SELECT " + bucket + ", SUM(" + sql.column(WriteStampEntity.WEIGHT) + ") FROM "
                + sql.table(WriteStampEntity.class) + " GROUP BY " + bucket, List.of(), row -> {
                    int b = row.getInt(1);
                    if (b == OTHERS) {
                        others[0] = row.getLong(2);
                    } else {
                        buckets.put(b, row.getLong(2));
                    }
                });
        return new WriteVersion(others[0], buckets);
    }

    /**
     * Inside a write transaction: raises the version's part for that bucket ({@link WriteVersion#bucketOf} or
     * {@link #OTHERS}) by one when (and only when) that transaction commits.
     */
    static void stamp(StoreDatabase database, int bucket) {
        database.createAll(WriteStampEntity.class,
                List.of(Map.of(WriteStampEntity.WEIGHT, 1, WriteStampEntity.BUCKET, bucket)));
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
     * Replaces up to {@link #COMPACT_ROWS} oldest rows by one row per bucket of their total weight, in one transaction:
     * readers see the sums before or after, the same. Two nodes compacting the same rows at once may both insert their
     * totals; a sum then grows (one needless re-read), it never shrinks, which is what keeps a version from repeating.
     */
    static void compact(StoreDatabase database) {
        Transactions.unstamped(database).run(() -> {
            WriteStampEntity[] oldest = database.find(WriteStampEntity.class, Query.select("ID, "
                    + WriteStampEntity.WEIGHT + ", " + WriteStampEntity.BUCKET).order("ID").limit(COMPACT_ROWS));
            if (oldest.length < 2) {
                return null;
            }
            Map<Integer, Integer> totals = new TreeMap<>();
            for (WriteStampEntity row : oldest) {
                totals.merge(row.getBucket(), row.getWeight(), Integer::sum);
            }
            database.delete(oldest);
            List<Map<String, Object>> merged = new ArrayList<>();
            totals.forEach((bucket, total) ->
                    merged.add(Map.of(WriteStampEntity.WEIGHT, total, WriteStampEntity.BUCKET, bucket)));
            database.createAll(WriteStampEntity.class, merged);
            return null;
        });
    }
}
