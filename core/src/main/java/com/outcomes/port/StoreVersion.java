package com.outcomes.port;

/**
 * The store's write version: a number that every committed write transaction raises (readings, imports and
 * corrections, metric definitions, RICE, check-ins, closures, computed readings, reminders: every transaction of the
 * store) and nothing else changes. Read from the database, so every node of a cluster sees the same number once a
 * write has committed; part of every cache key whose value a write could change, so no node serves an entry older
 * than the last committed write, whatever its invalidation messages do.
 *
 * @throws PersistenceException when the database fails
 */
@FunctionalInterface
public interface StoreVersion {

    long current();
}
