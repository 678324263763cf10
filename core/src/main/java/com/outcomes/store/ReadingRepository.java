package com.outcomes.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.outcomes.domain.FieldError;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.Texts;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ConflictException;
import com.outcomes.port.Persistence;
import com.outcomes.port.PersistenceException;
import com.outcomes.port.SqlReads;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Stores readings. Append-only by construction: there is no update or delete. A correction is a new reading
 * that supersedes an earlier one of the same metric; each reading can be superseded once.
 */
public final class ReadingRepository {

    static final String SUPERSEDES_FIELD = "supersedes";
    static final String SUPERSEDES_UNKNOWN = "outcomes.reading.supersedes.unknown";
    static final String NOTE_FIELD = "note";
    static final String NOTE_TOO_LONG = "outcomes.reading.note.tooLong";

    /** Oldest first: by measured date, then by when it was recorded, then by insertion order. */
    static final Comparator<Reading> OLDEST_FIRST = Comparator.comparing(Reading::measuredAt)
            .thenComparing(Reading::recordedAt)
            .thenComparingLong(Reading::id);

    /** A streamed row carries only the columns selected (AO rejects {@code *}; @Preload does not apply). */
    static final List<String> RULE_COLUMN_NAMES = List.of("ID", ReadingEntity.METRIC_ID, ReadingEntity.VALUE,
            ReadingEntity.MEASURED_AT, ReadingEntity.RECORDED_AT, ReadingEntity.SUPERSEDES);
    private static final String RULE_COLUMNS = String.join(", ", RULE_COLUMN_NAMES);
    private static final String ALL_COLUMNS = String.join(", ", RULE_COLUMNS, ReadingEntity.RECORDED_BY,
            ReadingEntity.NOTE, ReadingEntity.SOURCE);

    private final Persistence persistence;

    public ReadingRepository(Persistence persistence) {
        this.persistence = persistence;
    }

    /**
     * Stores one reading.
     *
     * @throws ValidationException when {@code supersedes} names no reading of this metric, or the note is longer
     *                             than {@link ReadingEntity#NOTE_LENGTH}
     * @throws ConflictException   when the superseded reading was already superseded (also when a concurrent
     *                             correction won the race)
     */
    public Reading append(long metricId, NewReading r, String recordedBy, Instant recordedAt) {
        checkNote(r);
        try {
            return persistence.inTransaction(() -> {
                if (r.supersedes() != null) {
                    checkSupersedable(metricId, Set.of(r.supersedes()));
                }
                List<DBParam> params = new ArrayList<>();
                row(metricId, r, recordedBy, recordedAt, null)
                        .forEach((column, value) -> params.add(new DBParam(column, value)));
                ReadingEntity created = persistence.create(ReadingEntity.class, params.toArray(DBParam[]::new));
                // Built from what was inserted: a new AO entity has no values cached, each getter would be a SELECT.
                // recordedAt is stored in epoch milliseconds, so the returned value is truncated the same way.
                Reading stored = new Reading(created.getID(), metricId, r.value(), r.measuredAt(),
                        Instant.ofEpochMilli(recordedAt.toEpochMilli()), recordedBy, r.note(), r.source(), r.supersedes());
                if (stored.supersedes() != null) {
                    persistence.create(CorrectionEntity.class,
                            new DBParam(CorrectionEntity.SUPERSEDED_ID, stored.supersedes()),
                            new DBParam(CorrectionEntity.READING_ID, stored.id()));
                }
                return stored;
            });
        } catch (PersistenceException e) {
            throw translateConflict(e, r.supersedes() != null);
        }
    }

    /**
     * Stores all readings in one transaction with one batched insert, or none of them.
     *
     * @return the stored readings, in the order given
     * @throws ValidationException when a {@code supersedes} names no reading of this metric
     * @throws ConflictException   when a superseded reading was already superseded, or is superseded twice in
     *                             the list
     */
    public List<Reading> appendAll(long metricId, List<NewReading> rs, String recordedBy, Instant recordedAt) {
        if (rs.isEmpty()) {
            return List.of();
        }
        rs.forEach(ReadingRepository::checkNote);
        boolean corrects = rs.stream().anyMatch(r -> r.supersedes() != null);
        try {
            return persistence.inTransaction(() -> {
                if (corrects) {
                    Set<Long> superseded = new HashSet<>();
                    for (NewReading r : rs) {
                        if (r.supersedes() != null && !superseded.add(r.supersedes())) {
                            throw new ConflictException("reading " + r.supersedes() + " is corrected twice");
                        }
                    }
                    checkSupersedable(metricId, superseded);
                }
                String batch = UUID.randomUUID().toString();
                List<Map<String, Object>> rows = new ArrayList<>(rs.size());
                for (NewReading r : rs) {
                    rows.add(row(metricId, r, recordedBy, recordedAt, batch));
                }
                persistence.createAll(ReadingEntity.class, rows);
                // The batch insert returns no keys: read the rows back by their batch mark. Ids follow insert
                // order, so sorting by id restores the order given.
                ReadingEntity[] stored = persistence.find(ReadingEntity.class,
                        Query.select().where(ReadingEntity.BATCH + " = ?", batch).order("ID"));
                List<Reading> readings = new ArrayList<>(stored.length);
                for (ReadingEntity entity : stored) {
                    readings.add(toReading(entity));
                }
                readings.sort(Comparator.comparingLong(Reading::id));
                if (corrects) {
                    List<Map<String, Object>> corrections = new ArrayList<>();
                    for (Reading reading : readings) {
                        if (reading.supersedes() != null) {
                            corrections.add(Map.of(CorrectionEntity.SUPERSEDED_ID, reading.supersedes(),
                                    CorrectionEntity.READING_ID, reading.id()));
                        }
                    }
                    persistence.createAll(CorrectionEntity.class, corrections);
                }
                return readings;
            });
        } catch (PersistenceException e) {
            throw translateConflict(e, corrects);
        }
    }

    public Optional<Reading> find(long readingId) {
        if (!MetricRepository.fitsEntityKey(readingId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(persistence.get(ReadingEntity.class, (int) readingId)).map(ReadingRepository::toReading);
    }

    /** Every reading of the metric, superseded ones included, oldest first. */
    public List<Reading> history(long metricId) {
        List<Reading> readings = new ArrayList<>();
        persistence.stream(ReadingEntity.class, Query.select(ALL_COLUMNS).where(ReadingEntity.METRIC_ID + " = ?", metricId),
                entity -> readings.add(toReading(entity)));
        readings.sort(OLDEST_FIRST);
        return readings;
    }

    /**
     * The histories of many metrics in one query per {@value InClause#CHUNK} ids. Every requested id is a key
     * of the result, with an empty list when the metric has no readings.
     */
    public Map<Long, List<Reading>> historiesOf(Collection<Long> metricIds) {
        return historiesOf(metricIds, ALL_COLUMNS, ReadingRepository::toReading);
    }

    /**
     * Like {@link #historiesOf} but with only what the rules compute from (DESIGN §3): id, value, measured
     * and recorded dates, supersession. Who recorded a reading, its note and its source are not read and are
     * null. Dashboards read tens of thousands of readings, and AO's cost grows with every column mapped; where
     * the host offers {@link Persistence#sqlReads()} they are read in plain SQL instead.
     */
    public Map<Long, List<Reading>> seriesOf(Collection<Long> metricIds) {
        Optional<SqlReads> sql = persistence.sqlReads();
        if (sql.isEmpty()) {
            return historiesOf(metricIds, RULE_COLUMNS, ReadingRepository::toSeriesReading);
        }
        // Plain SQL where the host allows it: at dashboard sizes AO's per-row mapping costs more than the query.
        Map<Long, List<Reading>> series = emptyHistories(metricIds);
        new ReadingSeriesSql(sql.get()).readInto(metricIds, series);
        series.values().forEach(history -> history.sort(OLDEST_FIRST));
        return series;
    }

    private static Map<Long, List<Reading>> emptyHistories(Collection<Long> metricIds) {
        Map<Long, List<Reading>> histories = new LinkedHashMap<>();
        for (Long id : metricIds) {
            histories.put(id, new ArrayList<>());
        }
        return histories;
    }

    private Map<Long, List<Reading>> historiesOf(Collection<Long> metricIds, String columns,
                                                 Function<ReadingEntity, Reading> toReading) {
        Map<Long, List<Reading>> histories = emptyHistories(metricIds);
        for (List<Long> chunk : InClause.chunks(metricIds)) {
            // Streamed: thousands of readings per dashboard, and full entity proxies cost more than the query.
            persistence.stream(ReadingEntity.class,
                    Query.select(columns).where(InClause.of(ReadingEntity.METRIC_ID, chunk.size()), chunk.toArray()),
                    entity -> {
                        Reading reading = toReading.apply(entity);
                        histories.get(reading.metricId()).add(reading);
                    });
        }
        histories.values().forEach(history -> history.sort(OLDEST_FIRST));
        return histories;
    }

    private static void checkNote(NewReading r) {
        if (r.note() != null && Texts.length(r.note()) > ReadingEntity.NOTE_LENGTH) {
            throw new ValidationException(new FieldError(NOTE_FIELD, NOTE_TOO_LONG, ReadingEntity.NOTE_LENGTH));
        }
    }

    /** Each id must be a reading of this metric that nothing supersedes yet. Two queries, however many ids. */
    private void checkSupersedable(long metricId, Set<Long> supersededIds) {
        Map<Long, Long> metricOf = new HashMap<>();
        List<Long> keys = supersededIds.stream().filter(MetricRepository::fitsEntityKey).toList();
        for (List<Long> chunk : InClause.chunks(keys)) {
            Object[] ids = chunk.stream().map(Long::intValue).toArray();
            for (ReadingEntity e : persistence.find(ReadingEntity.class,
                    Query.select().where(InClause.of("ID", ids.length), ids))) {
                metricOf.put((long) e.getID(), e.getMetricId());
            }
        }
        for (Long id : supersededIds) {
            if (!Long.valueOf(metricId).equals(metricOf.get(id))) {
                throw new ValidationException(new FieldError(SUPERSEDES_FIELD, SUPERSEDES_UNKNOWN, id));
            }
        }
        for (List<Long> chunk : InClause.chunks(supersededIds)) {
            ReadingEntity[] corrections = persistence.find(ReadingEntity.class,
                    Query.select().where(InClause.of(ReadingEntity.SUPERSEDES, chunk.size()), chunk.toArray()));
            if (corrections.length > 0) {
                throw new ConflictException("reading " + corrections[0].getSupersedes() + " was already corrected");
            }
        }
    }

    private static Map<String, Object> row(long metricId, NewReading r, String recordedBy, Instant recordedAt,
                                           String batch) {
        // Every column in every row, nulls included: a batch insert binds the same column list for all rows.
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(ReadingEntity.METRIC_ID, metricId);
        row.put(ReadingEntity.VALUE, r.value());
        row.put(ReadingEntity.MEASURED_AT, IsoDates.format(r.measuredAt()));
        row.put(ReadingEntity.RECORDED_AT, recordedAt.toEpochMilli());
        row.put(ReadingEntity.RECORDED_BY, recordedBy);
        row.put(ReadingEntity.NOTE, r.note());
        row.put(ReadingEntity.SOURCE, r.source());
        row.put(ReadingEntity.SUPERSEDES, r.supersedes());
        row.put(ReadingEntity.BATCH, batch);
        return row;
    }

    /**
     * A unique-constraint failure while correcting means a concurrent correction of the same reading won
     * (CORRECTION.SUPERSEDED_ID is the only unique column written).
     */
    private static RuntimeException translateConflict(PersistenceException e, boolean corrects) {
        if (corrects && SqlStates.isConstraintViolation(e)) {
            return new ConflictException("the reading was already corrected", e);
        }
        return e;
    }

    private static Reading toSeriesReading(ReadingEntity e) {
        return new Reading(e.getID(), e.getMetricId(), e.getValue(), IsoDates.parse(e.getMeasuredAt()),
                Instant.ofEpochMilli(e.getRecordedAt()), null, null, null, e.getSupersedes());
    }

    static Reading toReading(ReadingEntity e) {
        return new Reading(
                e.getID(),
                e.getMetricId(),
                e.getValue(),
                IsoDates.parse(e.getMeasuredAt()),
                Instant.ofEpochMilli(e.getRecordedAt()),
                e.getRecordedBy(),
                e.getNote(),
                e.getSource(),
                e.getSupersedes());
    }
}
