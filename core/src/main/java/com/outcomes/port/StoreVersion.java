package com.outcomes.port;

/**
 * The store's write version: raised by every committed write transaction (readings, imports and corrections, metric
 * definitions, RICE, check-ins, closures, computed readings, reminders: every transaction of the store) and by nothing
 * else. Read from the database, so every node of a cluster sees the same version once a write has committed; what a
 * cache keeps is tagged with the version read before it was read, so no node serves anything older than the last
 * committed write, whatever its invalidation messages do.
 *
 * @throws PersistenceException when the database fails
 */
@FunctionalInterface
public interface StoreVersion {

    WriteVersion current();
}
