package com.atlassian.cache;

// JIRA-PLATFORM.md: com.atlassian.cache.CacheManager.getCache(String, CacheLoader, CacheSettings); checked against
// atlassian-cache 2.1.0 apidocs (CacheFactory.getCache(String name, CacheLoader<K,V> loader, CacheSettings required):
// "returns the cache with the given name, loader and required cache settings, creates it if necessary").
public interface CacheManager {

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
