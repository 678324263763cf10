package com.outcomes.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ConflictException;

/**
 * Where readings are kept. Append-only: there is no update or delete; a correction is a new reading that supersedes
 * an earlier one of the same metric, and each reading can be superseded once. Lists of readings are oldest first
 * (measured date, then recorded time, then id).
 * Every method throws {@link PersistenceException} when the database fails.
 */
public interface ReadingStore {

    /**
     * Stores one reading.
     *
     * @throws ValidationException when {@code supersedes} names no reading of this metric, or the note is too long
     * @throws ConflictException   when the superseded reading was already superseded (also when a concurrent
     *                             correction won the race)
     */
    Reading append(long metricId, NewReading reading, String recordedBy, Instant recordedAt);

    /**
     * Stores all readings in one transaction, or none of them.
     *
     * @return the stored readings, in the order given
     * @throws ValidationException when a {@code supersedes} names no reading of this metric
     * @throws ConflictException   when a superseded reading was already superseded, or is superseded twice in the list
     */
    List<Reading> appendAll(long metricId, List<NewReading> readings, String recordedBy, Instant recordedAt);

    Optional<Reading> find(long readingId);

    /** Every reading of the metric, superseded ones included. */
    List<Reading> history(long metricId);

    /** The histories of many metrics; every requested id is a key, with an empty list when it has no readings. */
    Map<Long, List<Reading>> historiesOf(Collection<Long> metricIds);

    /**
     * Like {@link #historiesOf} with only what the rules compute from: the read behind a dashboard, tens of thousands
     * of readings, in a number of queries that does not grow with the metrics.
     */
    Map<Long, List<ReadingPoint>> seriesOf(Collection<Long> metricIds);
}
