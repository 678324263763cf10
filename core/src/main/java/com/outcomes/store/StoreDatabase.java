package com.outcomes.store;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.outcomes.port.PersistenceException;

import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * What a host gives the store: Active Objects over its database, and how a transaction is opened there. Jira
 * implements it over its {@code ActiveObjects} service; the preview and tests over an AO {@code EntityManager}
 * ({@link EntityManagerDatabase}). Everything else — the queries, the mapping to domain values, retrying a
 * transaction the database aborted ({@link Transactions}) — is the store's, the same on both hosts.
 *
 * <p>Methods throw {@link PersistenceException} for database failures (Jira's {@code ActiveObjects} hides
 * {@code SQLException}, AO's {@code EntityManager} does not).
 */
public interface StoreDatabase {

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    /** Inserts many rows (column name to value) in one batch; nothing when the list is empty. */
    <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows);

    /** The entity with that key, or {@code null} when no row has it. */
    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> int count(Class<T> type, Query query);

    /** Deletes the rows of these entities (only {@link WriteStamps#compact} deletes: every other table is kept). */
    void delete(RawEntity<?>... entities);

    /** Plain SQL reads of the same tables: the store's read for many rows. */
    SqlReads sqlReads();

    /**
     * True when a transaction somebody else opened is running on this thread (e.g. the AO test runner's): work
     * then joins it, and is never retried, since its outcome is that transaction's owner's to decide.
     */
    boolean inOuterTransaction();

    /**
     * Runs the work in a new transaction and commits it; rolls it back and rethrows when the work or the commit
     * fails. Called by {@link Transactions} only, never from inside another transaction on this thread.
     */
    <T> T inNewTransaction(Supplier<T> work);
}
