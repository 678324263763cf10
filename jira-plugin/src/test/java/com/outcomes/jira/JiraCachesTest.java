package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.outcomes.port.SharedCache;

public class JiraCachesTest {

    private final CacheManager cacheManager = mock(CacheManager.class);
    @SuppressWarnings("unchecked")
    private final Cache<String, String> atlassianCache = mock(Cache.class);
    private SharedCache<String, String> cache;

    @Before
    public void setUp() {
        when(cacheManager.<String, String>getCache(any(), any(), any())).thenReturn(atlassianCache);
        cache = new JiraCaches(cacheManager).cache("dashboard.portfolio", 64);
    }

    @Test
    public void eachUseIsANodeLocalBoundedAtlassianCacheWithoutLoaderNamedForThePlugin() {
        ArgumentCaptor<CacheSettings> settings = ArgumentCaptor.forClass(CacheSettings.class);
        verify(cacheManager).getCache(eq("com.outcomes.jira.JiraCaches.dashboard.portfolio"), isNull(),
                settings.capture());
        // local: the write version kept with every value invalidates every node; values are not shipped between nodes
        assertEquals(Boolean.TRUE, settings.getValue().getLocal());
        assertEquals(Integer.valueOf(64), settings.getValue().getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(10)), settings.getValue().getExpireAfterWrite());
    }

    @Test
    public void peekAsksTheAtlassianCacheAndAnAbsentKeyIsNull() {
        when(atlassianCache.get("k")).thenReturn("kept");
        assertEquals("kept", cache.peek("k"));
        assertNull(cache.peek("other"));
    }

    @Test
    public void putKeepsTheValueInTheAtlassianCache() {
        cache.put("k", "evaluated");
        verify(atlassianCache).put("k", "evaluated");
    }
}
