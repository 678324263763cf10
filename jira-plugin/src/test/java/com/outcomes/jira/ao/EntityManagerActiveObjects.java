package com.outcomes.jira.ao;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.outcomes.store.EntityManagerDatabase;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Jira's {@code ActiveObjects} service as Jira builds it: a thin layer over a real {@link EntityManager} that
 * turns {@code SQLException} into unchecked exceptions and runs callbacks in one transaction. Lets the plugin's
 * persistence adapter be tested against the real ORM and database.
 */
final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager em;
    private final EntityManagerDatabase transactions;

    EntityManagerActiveObjects(EntityManager em) {
        this.em = em;
        this.transactions = new EntityManagerDatabase(em);
    }

    @SafeVarargs
    @Override
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        unchecked(() -> {
            em.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return unchecked(() -> em.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        unchecked(() -> {
            em.create(type, rows);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return unchecked(() -> em.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return unchecked(() -> em.find(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return unchecked(() -> em.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        unchecked(() -> {
            em.delete(entities);
            return null;
        });
    }

    /** Joins the transaction open on this thread, as Jira's does; otherwise runs the callback in a new one. */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (transactions.inOuterTransaction()) {
            return callback.doInTransaction();
        }
        return transactions.inNewTransaction(callback::doInTransaction);
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException("Active Objects failed", e);
        }
    }
}
