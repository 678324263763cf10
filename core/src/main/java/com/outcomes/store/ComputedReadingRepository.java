package com.outcomes.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.Reading;
import com.outcomes.port.ComputedReadingStore;
import com.outcomes.port.PersistenceException;

import net.java.ao.DBParam;

/**
 * Computed readings with their per-day claim ({@link ComputeClaimEntity}) in one transaction: when another node
 * stored the metric's reading for that day first, the unique claim fails and takes this node's reading with it.
 */
public final class ComputedReadingRepository implements ComputedReadingStore {

    private final StoreDatabase database;
    private final Transactions transactions;
    private final ReadingRepository readings;
    private final MetricRepository metrics;
    private final SqlReads sql;

    public ComputedReadingRepository(StoreDatabase database, ReadingRepository readings, MetricRepository metrics) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.readings = readings;
        this.metrics = metrics;
        this.sql = database.sqlReads();
    }

    static String claim(long metricId, LocalDate day) {
        return metricId + "/" + day;
    }

    @Override
    public Optional<Reading> append(long metricId, NewReading reading, String recordedBy, Instant recordedAt,
                                    boolean clearComputeError) {
        Supplier<Reading> work = () -> {
            Reading stored = readings.append(metricId, reading, recordedBy, recordedAt);
            database.create(ComputeClaimEntity.class,
                    new DBParam(ComputeClaimEntity.CLAIM, claim(metricId, reading.measuredAt())),
                    new DBParam(ComputeClaimEntity.METRIC_ID, metricId),
                    new DBParam(ComputeClaimEntity.DAY, IsoDates.format(reading.measuredAt())),
                    new DBParam(ComputeClaimEntity.READING_ID, stored.id()));
            if (clearComputeError) {
                metrics.setComputeError(metricId, null);
            }
            return stored;
        };
        try {
            // Without a metric write, the claim is nothing a dashboard shows: stamp the metric's readings alone.
            return Optional.of(clearComputeError ? transactions.run(work) : transactions.runForReadingsOf(metricId, work));
        } catch (PersistenceException e) {
            if (SqlStates.isConstraintViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Set<Long> computedOn(LocalDate day, Collection<Long> metricIds) {
        Set<Long> computed = new HashSet<>();
        for (List<Long> chunk : InClause.chunks(metricIds)) {
            List<Object> parameters = new java.util.ArrayList<>(chunk);
            parameters.add(IsoDates.format(day));
            sql.select("SELECT " + sql.column(ComputeClaimEntity.METRIC_ID) + " FROM "
                            + sql.table(ComputeClaimEntity.class) + " WHERE "
                            + InClause.of(sql.column(ComputeClaimEntity.METRIC_ID), chunk.size())
                            + " AND " + sql.column(ComputeClaimEntity.DAY) + " = ?",
                    parameters, row -> computed.add(row.getLong(1)));
        }
        return computed;
    }
}
