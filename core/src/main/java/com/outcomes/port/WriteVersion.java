package com.outcomes.port;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The store's write version ({@link StoreVersion}) in parts: one count for the writes of readings to each bucket of
 * metrics ({@code metric id mod BUCKETS}), one for every other write. A committed write raises exactly its part, so a
 * part that did not move since an earlier version means no write touched what it covers since then: a cache may keep
 * what it read of those metrics and read again only the buckets that moved.
 *
 * @param others  writes that are not readings of one metric (definitions, closures, check-ins, RICE, the job's bookkeeping)
 * @param buckets the readings written to each bucket's metrics (buckets never written to are absent: 0)
 */
public record WriteVersion(long others, Map<Integer, Long> buckets) {

    /** Few enough that the version is one small statement, enough that a write re-reads ~1/64 of a portfolio. */
    public static final int BUCKETS = 64;

    public WriteVersion {
        buckets = Map.copyOf(buckets);
    }

    public static int bucketOf(long metricId) {
        return (int) Math.floorMod(metricId, (long) BUCKETS);
    }

    /** The buckets whose readings were written since {@code earlier}. */
    public Set<Integer> bucketsChangedSince(WriteVersion earlier) {
        Set<Integer> changed = new HashSet<>();
        for (int b = 0; b < BUCKETS; b++) {
            if (!buckets.getOrDefault(b, 0L).equals(earlier.buckets.getOrDefault(b, 0L))) {
                changed.add(b);
            }
        }
        return changed;
    }

    /** Every committed write of the store so far. */
    public long total() {
        return others + buckets.values().stream().mapToLong(Long::longValue).sum();
    }
}
