package com.outcomes.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.outcomes.domain.Reading;
import com.outcomes.port.SqlReads;

/**
 * {@link ReadingRepository#seriesOf} in plain SQL: the same rows and columns as the Active Objects read, mapped
 * straight from the result set by position instead of through one read-only entity proxy per row.
 */
final class ReadingSeriesSql {

    private final SqlReads sql;

    ReadingSeriesSql(SqlReads sql) {
        this.sql = sql;
    }

    /** Adds each reading of the given metrics to its metric's list in {@code series}; one query per chunk of ids. */
    void readInto(Collection<Long> metricIds, Map<Long, List<Reading>> series) {
        for (List<Long> chunk : InClause.chunks(metricIds)) {
            sql.select(selectFor(chunk.size()), chunk, row -> {
                long superseded = row.getLong(6);
                Long supersedes = row.wasNull() ? null : superseded;
                Reading reading = new Reading(row.getLong(1), row.getLong(2), row.getDouble(3),
                        IsoDates.parse(row.getString(4)), Instant.ofEpochMilli(row.getLong(5)), null, null, null,
                        supersedes);
                series.get(reading.metricId()).add(reading);
            });
        }
    }

    private String selectFor(int ids) {
        // in ReadingRepository.RULE_COLUMN_NAMES order: readInto maps the row by these positions
        String columns = ReadingRepository.RULE_COLUMN_NAMES.stream().map(sql::column).collect(Collectors.joining(", "));
        return "SELECT " + columns + " FROM " + sql.table(ReadingEntity.class)
                + " WHERE " + InClause.of(sql.column(ReadingEntity.METRIC_ID), ids);
    }
}
