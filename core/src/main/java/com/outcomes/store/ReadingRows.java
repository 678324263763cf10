package com.outcomes.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.outcomes.domain.Reading;
import com.outcomes.domain.ReadingPoint;

/**
 * Readings of many metrics in plain SQL ({@link SqlReads}), mapped straight from the result set by position: one
 * query per {@value InClause#CHUNK} metric ids, however many readings. Outside transactions only: in Jira the
 * plain SQL connection is not the one Active Objects writes through.
 */
final class ReadingRows {

    /** Oldest first: by measured date, then by when it was recorded, then by insertion order. */
    private static final Comparator<Reading> OLDEST_FIRST = Comparator.comparing(Reading::measuredAt)
            .thenComparing(Reading::recordedAt)
            .thenComparingLong(Reading::id);
    private static final Comparator<ReadingPoint> POINTS_OLDEST_FIRST = Comparator.comparing(ReadingPoint::measuredAt)
            .thenComparing(ReadingPoint::recordedAt)
            .thenComparingLong(ReadingPoint::id);

    /** The columns of a {@link ReadingPoint}, in the order {@link #point} reads them. */
    private static final List<String> POINT_COLUMNS = List.of("ID", ReadingEntity.METRIC_ID, ReadingEntity.VALUE,
            ReadingEntity.MEASURED_AT, ReadingEntity.RECORDED_AT, ReadingEntity.SUPERSEDES);
    /** The columns of a {@link Reading}, in the order {@link #reading} reads them. */
    private static final List<String> READING_COLUMNS = Stream.concat(POINT_COLUMNS.stream(),
            Stream.of(ReadingEntity.RECORDED_BY, ReadingEntity.NOTE, ReadingEntity.SOURCE)).toList();

    private final SqlReads sql;

    ReadingRows(SqlReads sql) {
        this.sql = sql;
    }

    /** Every requested id is a key, with an empty list when the metric has no readings; lists oldest first. */
    Map<Long, List<Reading>> readingsOf(Collection<Long> metricIds) {
        return read(metricIds, READING_COLUMNS, ReadingRows::reading, Reading::metricId, OLDEST_FIRST);
    }

    /** Like {@link #readingsOf} with only the columns the rules compute from. */
    Map<Long, List<ReadingPoint>> pointsOf(Collection<Long> metricIds) {
        return read(metricIds, POINT_COLUMNS, ReadingRows::point, ReadingPoint::metricId, POINTS_OLDEST_FIRST);
    }

    private <R> Map<Long, List<R>> read(Collection<Long> metricIds, List<String> columns, Row<R> row,
                                        ToLongFunction<R> metricOf, Comparator<R> order) {
        Map<Long, List<R>> byMetric = new LinkedHashMap<>();
        for (Long id : metricIds) {
            byMetric.put(id, new ArrayList<>());
        }
        String selected = columns.stream().map(sql::column).collect(Collectors.joining(", "));
        for (List<Long> chunk : InClause.chunks(metricIds)) {
            String select = "SELECT " + selected + " FROM " + sql.table(ReadingEntity.class)
                    + " WHERE " + InClause.of(sql.column(ReadingEntity.METRIC_ID), chunk.size());
            sql.select(select, chunk, result -> {
                R value = row.read(result);
                byMetric.get(metricOf.applyAsLong(value)).add(value);
            });
        }
        byMetric.values().forEach(list -> list.sort(order));
        return byMetric;
    }

    private static ReadingPoint point(ResultSet row) throws SQLException {
        return new ReadingPoint(row.getLong(1), row.getLong(2), row.getDouble(3), IsoDates.parse(row.getString(4)),
                Instant.ofEpochMilli(row.getLong(5)), SqlSelect.nullableLong(row, 6));
    }

    private static Reading reading(ResultSet row) throws SQLException {
        ReadingPoint p = point(row);
        return new Reading(p.id(), p.metricId(), p.value(), p.measuredAt(), p.recordedAt(), row.getString(7),
                row.getString(8), row.getString(9), p.supersedes());
    }

    @FunctionalInterface
    interface Row<R> {
        R read(ResultSet row) throws SQLException;
    }
}
