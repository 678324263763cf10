package com.outcomes.port;

import java.util.function.Supplier;

/**
 * A host's cache of derived values (Jira: an Atlassian Cache from its {@code CacheManager}; the preview and tests:
 * core's in-process cache). Keys must carry everything the value depends on, the {@link StoreVersion} among them, so a
 * hit is never stale on any node; the cache only saves work. Values are immutable and may be handed to many threads.
 */
public interface SharedCache<K, V> {

    /** The cached value, or {@code load}'s, kept for the next caller with an equal key. */
    V get(K key, Supplier<? extends V> load);

    /** Drops every entry: they can no longer be hit (a newer version is in every new key), so their memory is freed. */
    void removeAll();

    /** Makes a host's caches, one per use, by name. */
    @FunctionalInterface
    interface Factory {

        /**
         * @param name       unique in the plugin (Jira: the cache's name in its CacheManager)
         * @param maxEntries entries kept at most, the least recently used dropped first
         */
        <K, V> SharedCache<K, V> cache(String name, int maxEntries);
    }
}
