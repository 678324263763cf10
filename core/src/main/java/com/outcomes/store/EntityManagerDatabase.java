package com.outcomes.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.outcomes.port.PersistenceException;

import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DelegateConnection;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.db.HSQLDatabaseProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's database over a plain Active Objects {@link EntityManager} (tests and the preview host).
 *
 * <p>Transactions run at READ COMMITTED, the level Jira's own database connections use: AO's default
 * (SERIALIZABLE) makes concurrent appends fail on PostgreSQL, and the rules that matter under concurrency are
 * held by constraints, not by isolation. A transaction the AO test runner opened on this thread is joined
 * ({@link #inOuterTransaction}). Retries are not here: {@link Transactions} retries on every host.
 */
public final class EntityManagerDatabase implements StoreDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EntityManagerDatabase.class);

    private final EntityManager em;
    private final SqlReads sqlReads;

    public EntityManagerDatabase(EntityManager em) {
        this.em = em;
        this.sqlReads = new EntityManagerSqlReads(em);
        if (em.getProvider() instanceof HSQLDatabaseProvider) {
            useMvccOnHsqldb();
        }
    }

    /**
     * HSQLDB defaults to table locks, and AO's HSQLDB provider inserts under a JVM-wide monitor: a transaction
     * waiting for a table lock while holding that monitor deadlocks with the lock owner's next insert (a
     * correction writes two rows). Row-level MVCC removes the table lock from the cycle.
     */
    private void useMvccOnHsqldb() {
        try (Connection connection = em.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
        } catch (SQLException e) {
            throw new PersistenceException("could not switch HSQLDB to MVCC", e);
        }
    }

    /**
     * Creates or extends the tables of every store entity, as Jira's Active Objects does at plugin start. Never drops a
     * table or column: a {@code SCHEMA_INFO} table left by older builds stays, unused.
     */
    public void migrate() {
        try {
            em.migrate(StoreEntities.ALL);
        } catch (SQLException e) {
            throw new PersistenceException("schema migration failed", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        try {
            return em.create(type, params);
        } catch (SQLException e) {
            throw new PersistenceException("insert into " + type.getSimpleName() + " failed", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            em.create(type, rows);
        } catch (SQLException e) {
            throw new PersistenceException("batch insert into " + type.getSimpleName() + " failed", e);
        }
    }

    /** Returns the entity, or {@code null} when no row has that key (AO's own get never checks). */
    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        String primaryKey = net.java.ao.Common.getPrimaryKeyField(type, em.getFieldNameConverter());
        T[] found = find(type, Query.select().where(primaryKey + " = ?", key));
        return found.length == 0 ? null : found[0];
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return em.find(type, query);
        } catch (SQLException e) {
            throw new PersistenceException("query on " + type.getSimpleName() + " failed", e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            em.delete(entities);
        } catch (SQLException e) {
            throw new PersistenceException("delete failed", e);
        }
    }

    @Override
    public SqlReads sqlReads() {
        return sqlReads;
    }

    @Override
    public <T extends RawEntity<K>, K> int count(Class<T> type, Query query) {
        try {
            return em.count(type, query);
        } catch (SQLException e) {
            throw new PersistenceException("count on " + type.getSimpleName() + " failed", e);
        }
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        DatabaseProvider provider = em.getProvider();
        Connection connection;
        try {
            connection = provider.startTransaction();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException e) {
            throw new PersistenceException("could not start a transaction", e);
        }
        try {
            T result = work.get();
            provider.commitTransaction(connection);
            return result;
        } catch (SQLException e) {
            rollback(provider, connection);
            throw new PersistenceException("commit failed", e);
        } catch (RuntimeException | Error e) {
            rollback(provider, connection);
            throw e;
        } finally {
            close(connection);
        }
    }

    /**
     * True when someone else (e.g. the AO test runner) already opened a transaction on this thread through
     * the same provider: committing it here would end their transaction early.
     */
    @Override
    public boolean inOuterTransaction() {
        try {
            Connection current = em.getProvider().getConnection();
            boolean open = !current.getAutoCommit();
            if (!open) {
                current.close();
            }
            return open;
        } catch (SQLException e) {
            throw new PersistenceException("could not get a connection", e);
        }
    }

    private void rollback(DatabaseProvider provider, Connection connection) {
        try {
            provider.rollbackTransaction(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("rollback failed", e);
        }
        // Entities written in the rolled-back transaction must not be served from AO's value cache.
        em.flushAll();
    }

    private static void close(Connection connection) {
        try {
            if (connection instanceof DelegateConnection delegate) {
                delegate.setCloseable(true);
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing a connection failed", e);
        }
    }
}
