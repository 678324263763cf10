package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One committed write transaction of the store (or, after {@link WriteStamps#compact}, several of one bucket): the
 * store's write version is the sum of {@code WEIGHT} per {@code BUCKET} — the bucket of the metric whose readings the
 * transaction wrote, or {@link WriteStamps#OTHERS} for any other write. Every write transaction inserts a row of
 * weight 1 in the same transaction ({@link Transactions}), so each commit raises its bucket's sum and a rollback
 * leaves it; compaction replaces a bucket's old rows by one row of their total weight, so no sum ever goes down.
 */
@Preload
@Table("WRITE_STAMP")
public interface WriteStampEntity extends Entity {

    String WEIGHT = "WEIGHT";
    String BUCKET = "BUCKET";

    @NotNull
    int getWeight();

    void setWeight(int weight);

    @NotNull
    int getBucket();

    void setBucket(int bucket);
}
