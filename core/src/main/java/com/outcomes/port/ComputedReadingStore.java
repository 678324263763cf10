package com.outcomes.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;

/**
 * Computed readings, at most one per metric per day (DESIGN §3b) even when several nodes run the job at once. Throws
 * {@link PersistenceException} when the database fails.
 */
public interface ComputedReadingStore {

    /**
     * Stores the reading, claims (metric, its measuredAt day) and, when asked, clears the metric's last compute error,
     * all in one transaction.
     *
     * @param clearComputeError whether the metric has a last compute error to clear: the caller holds the metric,
     *                          and clearing one that is not there would cost a metric write per computed reading
     * @return the stored reading, or empty when a computed reading of that metric and day exists already (nothing is
     *     then stored)
     */
    Optional<Reading> append(long metricId, NewReading reading, String recordedBy, Instant recordedAt,
                             boolean clearComputeError);

    /** The metrics among {@code metricIds} that already have a computed reading for {@code day}, in one query per thousand. */
    Set<Long> computedOn(LocalDate day, Collection<Long> metricIds);
}
