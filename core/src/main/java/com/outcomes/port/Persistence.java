package com.outcomes.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The Active Objects operations core needs. Jira implements it over {@code ActiveObjects}; tests and
 * the preview over {@code net.java.ao.EntityManager}. Methods throw {@link PersistenceException}
 * instead of {@code SQLException}, as Jira's {@code ActiveObjects} does.
 */
public interface Persistence {

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> int count(Class<T> type, Query query);

    /**
     * Feeds the matching rows to the callback one at a time as read-only entities (only getters work, no
     * relations): Active Objects' read for large results, which skips the full entity proxies {@link #find}
     * builds. Hosts without it fall back to {@code find}.
     */
    default <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> rowReader) {
        for (T row : find(type, query)) {
            rowReader.onRowRead(row);
        }
    }

    /**
     * Plain SQL reads of the same tables, where the host can hand out a connection to them (Jira: SAL's
     * {@code TransactionalExecutorFactory}). Empty where it cannot: callers then read through {@link #stream}.
     */
    default Optional<SqlReads> sqlReads() {
        return Optional.empty();
    }

    /** Runs the work in one database transaction: all of it is stored, or none. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Inserts many rows (column name to value). Hosts that can batch (AO's
     * {@code EntityManager.create(Class, List<Map>)}) override this; the default inserts one by one.
     */
    default <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            create(type, row.entrySet().stream()
                    .map(column -> new DBParam(column.getKey(), column.getValue()))
                    .toArray(DBParam[]::new));
        }
    }
}
