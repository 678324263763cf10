package com.outcomes.port;

import java.util.function.Supplier;

import net.java.ao.DBParam;
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

    /** Runs the work in one database transaction: all of it is stored, or none. */
    <T> T inTransaction(Supplier<T> work);
}
