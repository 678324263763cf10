package com.outcomes.jira;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.port.SharedCache;

/**
 * Core's caches in Jira: Atlassian Cache from Jira's {@link CacheManager}, one named cache per use.
 *
 * <p>Why local caches on each node, without cluster replication: every value core keeps carries the store's write
 * version it was read at, and each request compares it with the version it reads from the shared database first, so
 * after a write committed on any node, every node's next request reads again what that write may have changed — the
 * invalidation of every node on every write is in that comparison, and cannot be lost or late as a cluster message
 * can. Replicating the values would also need them serialisable (they are evaluated domain objects) and would ship the
 * results of tens of thousands of readings between nodes at each write. The size bound and the expiry only keep memory
 * in check for portfolios nobody looks at any more.
 */
@Named
public final class JiraCaches implements SharedCache.Factory {

    /** Jira's cache names are global: ours start with the plugin's package. */
    static final String PREFIX = "com.outcomes.jira.JiraCaches.";
    /** An entry unused for this long is of a version long gone or a portfolio nobody opens: memory only. */
    static final long EXPIRE_AFTER_WRITE_MINUTES = 10;

    private final CacheManager caches;

    @Inject
    public JiraCaches(@ComponentImport CacheManager caches) {
        this.caches = caches;
    }

    @Override
    public <K, V> SharedCache<K, V> cache(String name, int maxEntries) {
        Cache<K, V> cache = caches.getCache(PREFIX + name, null, new CacheSettingsBuilder()
                .local()
                .maxEntries(maxEntries)
                .expireAfterWrite(EXPIRE_AFTER_WRITE_MINUTES, TimeUnit.MINUTES)
                .build());
        return new SharedCache<>() {
            @Override
            public V peek(K key) {
                return cache.get(key); // no loader: null when absent
            }

            @Override
            public void put(K key, V value) {
                cache.put(key, value);
            }
        };
    }
}
