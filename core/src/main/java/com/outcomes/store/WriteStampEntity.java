package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One committed write transaction of the store (or, after {@link WriteStamps#compact}, several): the store's write
 * version is the sum of {@code WEIGHT} over all rows. Every write transaction inserts a row of weight 1 in the same
 * transaction ({@link Transactions}), so each commit raises the sum and a rollback leaves it; compaction replaces old
 * rows by one row of their total weight, so the sum never goes down.
 */
@Preload
@Table("WRITE_STAMP")
public interface WriteStampEntity extends Entity {

    String WEIGHT = "WEIGHT";

    @NotNull
    int getWeight();

    void setWeight(int weight);
}
