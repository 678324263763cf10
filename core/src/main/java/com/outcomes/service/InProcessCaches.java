package com.outcomes.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.outcomes.port.SharedCache;

/**
 * Core's own {@link SharedCache}s, in this JVM: the preview's, the benchmark's and the tests' (Jira gives Atlassian
 * Cache). Safe on one node and on many because what is kept carries the store's write version it was read at, which
 * every reader compares with the version it read from the database.
 */
public final class InProcessCaches implements SharedCache.Factory {

    @Override
    public <K, V> SharedCache<K, V> cache(String name, int maxEntries) {
        return new Bounded<>(maxEntries);
    }

    /** At most {@code maxEntries} entries: when full, all are dropped (keys are portfolios and days: rarely many). */
    static final class Bounded<K, V> implements SharedCache<K, V> {

        private final int maxEntries;
        private final Map<K, V> entries = new ConcurrentHashMap<>();

        Bounded(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        @Override
        public V peek(K key) {
            return entries.get(key);
        }

        @Override
        public void put(K key, V value) {
            if (entries.size() >= maxEntries && !entries.containsKey(key)) {
                entries.clear();
            }
            entries.put(key, value);
        }
    }
}
