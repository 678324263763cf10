package com.atlassian.cache;

// atlassian-cache-api 2.9.0 apidocs: interface CacheLoader<K,V> { V load(K key); }. Named by
// CacheManager.getCache(String, CacheLoader, CacheSettings) only: the plugin passes null (values come from get's supplier).
public interface CacheLoader<K, V> {

    V load(K key);
}
