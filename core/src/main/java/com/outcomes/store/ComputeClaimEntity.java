package com.outcomes.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * "At most one computed reading per metric per day" (DESIGN §3b), kept by the database: inserted in the transaction
 * that stores the computed reading, its unique {@code CLAIM} ({@code metricId/day}) rolls back a second node's reading
 * for the same metric and day.
 */
@Preload
@Table("COMPUTE_CLAIM")
public interface ComputeClaimEntity extends Entity {

    String CLAIM = "CLAIM";
    String METRIC_ID = "METRIC_ID";
    String DAY = "DAY";
    String READING_ID = "READING_ID";

    @Unique
    @NotNull
    String getClaim();

    void setClaim(String claim);

    long getMetricId();

    void setMetricId(long metricId);

    /** ISO {@code YYYY-MM-DD}; indexed because a run loads the day's claims at once. */
    @Indexed
    @NotNull
    String getDay();

    void setDay(String day);

    long getReadingId();

    void setReadingId(long readingId);
}
