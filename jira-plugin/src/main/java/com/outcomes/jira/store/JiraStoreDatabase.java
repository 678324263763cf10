package com.outcomes.jira.store;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.port.PersistenceException;
import com.outcomes.store.SqlReads;
import com.outcomes.store.StoreDatabase;
import com.outcomes.store.Transactions;

import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Core's store database in Jira: Jira's Active Objects service for entities and transactions, SAL's JDBC
 * ({@link SalSqlReads}) for plain SQL reads. Jira's {@code ActiveObjects} already hides {@code SQLException}; its
 * unchecked failures are wrapped in {@link PersistenceException} so core sees one kind of database error whatever
 * the host. Failures thrown by work inside a transaction pass through unchanged (they are core's own, e.g.
 * validation, or a database failure {@link Transactions} may retry), after Active Objects has rolled the
 * transaction back.
 */
@Named
public final class JiraStoreDatabase implements StoreDatabase {

    private final ActiveObjects ao;
    private final SqlReads sqlReads;

    @Inject
    public JiraStoreDatabase(@ComponentImport ActiveObjects ao, SalSqlReads sqlReads) {
        this.ao = ao;
        this.sqlReads = sqlReads;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return guarded("create " + type.getSimpleName(), () -> ao.create(type, params));
    }

    /** One batched INSERT (CSV imports write hundreds of readings); an empty list never reaches the database. */
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
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return guarded("get " + type.getSimpleName(), () -> ao.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return guarded("find " + type.getSimpleName(), () -> ao.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> int count(Class<T> type, Query query) {
        return guarded("count " + type.getSimpleName(), () -> ao.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        guarded("delete " + entities.length + " rows", () -> {
            ao.delete(entities);
            return null;
        });
    }

    @Override
    public SqlReads sqlReads() {
        return sqlReads;
    }

    /**
     * Never: the plugin's store work starts in its REST resources, panels and servlets, none of which runs inside a
     * transaction of Jira's; the store's own nesting is tracked by {@link Transactions}. Jira's API cannot tell.
     */
    @Override
    public boolean inOuterTransaction() {
        return false;
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
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
