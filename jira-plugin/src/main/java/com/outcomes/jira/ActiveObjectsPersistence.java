package com.outcomes.jira;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.port.Persistence;
import com.outcomes.jira.store.SalSqlReads;
import com.outcomes.port.PersistenceException;
import com.outcomes.port.SqlReads;

import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Core's persistence port over Jira's Active Objects service. Jira's {@code ActiveObjects} already hides
 * {@code SQLException}; its unchecked failures are wrapped in {@link PersistenceException} so core sees one
 * kind of database error whatever the host. Failures thrown by work inside a transaction pass through
 * unchanged (they are core's own, e.g. validation), after Active Objects has rolled the transaction back.
 */
@Named
public final class ActiveObjectsPersistence implements Persistence {

    private final ActiveObjects ao;
    private final Optional<SqlReads> sqlReads;

    @Inject
    public ActiveObjectsPersistence(@ComponentImport ActiveObjects ao, SalSqlReads sqlReads) {
        this.ao = ao;
        this.sqlReads = Optional.of(sqlReads);
    }

    /** Active Objects alone, without SAL (the AO tests): large reads then go through {@link #stream}. */
    public ActiveObjectsPersistence(ActiveObjects ao) {
        this.ao = ao;
        this.sqlReads = Optional.empty();
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return guarded("create " + type.getSimpleName(), () -> ao.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return guarded("get " + type.getSimpleName(), () -> ao.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return guarded("find " + type.getSimpleName(), () -> ao.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> rowReader) {
        guarded("stream " + type.getSimpleName(), () -> {
            ao.stream(type, query, rowReader);
            return null;
        });
    }

    @Override
    public Optional<SqlReads> sqlReads() {
        return sqlReads;
    }

    @Override
    public <T extends RawEntity<K>, K> int count(Class<T> type, Query query) {
        return guarded("count " + type.getSimpleName(), () -> ao.count(type, query));
    }

    /**
     * One batched INSERT through Active Objects instead of core's row-by-row default (CSV imports write
     * hundreds of readings). An empty list never reaches the database.
     */
    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        guarded("create " + rows.size() + " " + type.getSimpleName(), () -> {
            ao.create(type, rows);
            return null;
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    private static <T> T guarded(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (PersistenceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PersistenceException("Active Objects failed to " + operation, e);
        }
    }
}
