package com.atlassian.cache;

// JIRA-PLATFORM.md (Cluster: cluster-aware caches); checked against docs.atlassian.com atlassian-cache-api 2.9.0
// apidocs (interface Cache<K,V>: V get(K key) — null when absent and the cache has no loader — and
// void put(K key, V value)) and a public decompiled HazelcastCache of a later atlassian-cache implementing the same.
public interface Cache<K, V> {

    V get(K key);

    void put(K key, V value);
}
