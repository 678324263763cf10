package com.atlassian.cache;

// atlassian-cache-api 2.9.0 apidocs: interface CacheSettings, getters return null when a setting was not given
// (Boolean getLocal(), Integer getMaxEntries(), Long getExpireAfterWrite() in milliseconds).
public interface CacheSettings {

    Boolean getLocal();

    Integer getMaxEntries();

    Long getExpireAfterWrite();
}
