package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

// atlassian-cache-api 2.9.0 apidocs (class CacheSettingsBuilder: public CacheSettingsBuilder(), local(),
// maxEntries(int), expireAfterWrite(long, TimeUnit), build()). A plain builder in Jira too, so this stand-in keeps real
// state: the plugin builds its settings while running under tests.
public class CacheSettingsBuilder {

    private Boolean local;
    private Integer maxEntries;
    private Long expireAfterWrite;

    public CacheSettingsBuilder() {
    }

    public CacheSettingsBuilder local() {
        local = Boolean.TRUE;
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        this.maxEntries = maxEntries;
        return this;
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettings build() {
        Boolean l = local;
        Integer m = maxEntries;
        Long e = expireAfterWrite;
        return new CacheSettings() {
            @Override
            public Boolean getLocal() {
                return l;
            }

            @Override
            public Integer getMaxEntries() {
                return m;
            }

            @Override
            public Long getExpireAfterWrite() {
                return e;
            }
        };
    }
}
