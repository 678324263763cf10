package com.outcomes.port;

/**
 * A host's cache of derived values (Jira: an Atlassian Cache from its {@code CacheManager}; the preview and tests:
 * core's in-process cache). What is kept must say which store version it was read at ({@link WriteVersion}), and the
 * caller compares that with the version it read on this request, so a value is never served older than the last
 * committed write on any node; the cache only saves work. Values are immutable and may be handed to many threads.
 */
public interface SharedCache<K, V> {

    /** The value kept for the key, or null. */
    V peek(K key);

    /** Keeps the value for the key, replacing what was kept. */
    void put(K key, V value);

    /** Makes a host's caches, one per use, by name. */
    @FunctionalInterface
    interface Factory {

        /**
         * @param name       unique in the plugin (Jira: the cache's name in its CacheManager)
         * @param maxEntries entries kept at most
         */
        <K, V> SharedCache<K, V> cache(String name, int maxEntries);
    }
}
