package com.outcomes.service;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.outcomes.port.SharedCache;

/**
 * Core's own {@link SharedCache}s, in this JVM: the preview's, the benchmark's and the tests' (Jira gives Atlassian
 * Cache). Safe on one node and on many only because every key carries the store's write version: an entry is never
 * changed, only no longer asked for. Callers asking for the same key while it loads wait for that one load instead of
 * each repeating it — after a write, the dashboards of every viewer need the same fresh evaluation.
 */
public final class InProcessCaches implements SharedCache.Factory {

    @Override
    public <K, V> SharedCache<K, V> cache(String name, int maxEntries) {
        return new Bounded<>(maxEntries);
    }

    /**
     * At most {@code maxEntries} entries: when full, all are dropped (with the version in every key the old ones are
     * dead anyway, and a full cache of live ones is rare enough that a rebuild beats bookkeeping on every hit).
     */
    static final class Bounded<K, V> implements SharedCache<K, V> {

        private final int maxEntries;
        private final Map<K, CompletableFuture<V>> entries = new ConcurrentHashMap<>();

        Bounded(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        @Override
        public V get(K key, Supplier<? extends V> load) {
            CompletableFuture<V> existing = entries.get(key);
            if (existing == null) {
                if (entries.size() >= maxEntries) {
                    entries.clear();
                }
                CompletableFuture<V> mine = new CompletableFuture<>();
                existing = entries.putIfAbsent(key, mine);
                if (existing == null) {
                    return loadInto(key, mine, load);
                }
            }
            try {
                return existing.join();
            } catch (CompletionException e) {
                // the loader's own failure, as it would have thrown it here
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        private V loadInto(K key, CompletableFuture<V> future, Supplier<? extends V> load) {
            try {
                V value = load.get();
                future.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                entries.remove(key, future); // a failure is not kept: the next caller tries again
                future.completeExceptionally(e);
                throw e;
            }
        }

        @Override
        public void removeAll() {
            entries.clear();
        }
    }
}
