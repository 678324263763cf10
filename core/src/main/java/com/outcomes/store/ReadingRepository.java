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

import com.outcomes.domain.FieldError;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.domain.Texts;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ConflictException;
import com.outcomes.port.PersistenceException;
import com.outcomes.port.ReadingStore;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Readings in Active Objects. Append-only by construction: there is no update or delete. A correction is a new
 * reading that supersedes an earlier one of the same metric; each reading can be superseded once. Written through
 * entities; histories and series are read in plain SQL ({@link ReadingRows}).
 */
public final class ReadingRepository implements ReadingStore {

    static final String SUPERSEDES_FIELD = "supersedes";
    static final String SUPERSEDES_UNKNOWN = "outcomes.reading.supersedes.unknown";
    static final String NOTE_FIELD = "note";
    static final String NOTE_TOO_LONG = "outcomes.reading.note.tooLong";

    private final StoreDatabase database;
    private final Transactions transactions;
    private final ReadingRows rows;

    public ReadingRepository(StoreDatabase database) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.rows = new ReadingRows(database.sqlReads());
    }

    /**
     * Stores one reading.
     *
     * @throws ValidationException when {@code supersedes} names no reading of this metric, or the note is longer
     *                             than {@link ReadingEntity#NOTE_LENGTH}
     * @throws ConflictException   when the superseded reading was already superseded (also when a concurrent
     *                             correction won the race)
     */
    @Override
    public Reading append(long metricId, NewReading r, String recordedBy, Instant recordedAt) {
        checkNote(r);
        try {
            return transactions.runForReadingsOf(metricId, () -> {
                if (r.supersedes() != null) {
                    checkSupersedable(metricId, Set.of(r.supersedes()));
                }
                List<DBParam> params = new ArrayList<>();
                row(metricId, r, recordedBy, recordedAt, null)
                        .forEach((column, value) -> params.add(new DBParam(column, value)));
                ReadingEntity created = database.create(ReadingEntity.class, params.toArray(DBParam[]::new));
                // Built from what was inserted: a new AO entity has no values cached, each getter would be a SELECT.
                // recordedAt is stored in epoch milliseconds, so the returned value is truncated the same way.
                Reading stored = new Reading(created.getID(), metricId, r.value(), r.measuredAt(),
                        Instant.ofEpochMilli(recordedAt.toEpochMilli()), recordedBy, r.note(), r.source(), r.supersedes());
                if (stored.supersedes() != null) {
                    database.create(CorrectionEntity.class,
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
    @Override
    public List<Reading> appendAll(long metricId, List<NewReading> rs, String recordedBy, Instant recordedAt) {
        if (rs.isEmpty()) {
            return List.of();
        }
        rs.forEach(ReadingRepository::checkNote);
        boolean corrects = rs.stream().anyMatch(r -> r.supersedes() != null);
        try {
            return transactions.runForReadingsOf(metricId, () -> {
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
                database.createAll(ReadingEntity.class, rows);
                // The batch insert returns no keys: read the rows back by their batch mark. Ids follow insert
                // order, so sorting by id restores the order given.
                ReadingEntity[] stored = database.find(ReadingEntity.class,
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
                    database.createAll(CorrectionEntity.class, corrections);
                }
                return readings;
            });
        } catch (PersistenceException e) {
            throw translateConflict(e, corrects);
        }
    }

    @Override
    public Optional<Reading> find(long readingId) {
        if (!MetricRepository.fitsEntityKey(readingId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(database.get(ReadingEntity.class, (int) readingId)).map(ReadingRepository::toReading);
    }

    @Override
    public List<Reading> history(long metricId) {
        return rows.readingsOf(List.of(metricId)).get(metricId);
    }

    /** One query per {@value InClause#CHUNK} ids. */
    @Override
    public Map<Long, List<Reading>> historiesOf(Collection<Long> metricIds) {
        return rows.readingsOf(metricIds);
    }

    /** One query per {@value InClause#CHUNK} ids. */
    @Override
    public Map<Long, List<ReadingPoint>> seriesOf(Collection<Long> metricIds) {
        return rows.pointsOf(metricIds);
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
            for (ReadingEntity e : database.find(ReadingEntity.class,
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
            ReadingEntity[] corrections = database.find(ReadingEntity.class,
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
