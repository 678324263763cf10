package com.outcomes.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

import com.outcomes.port.SharedCache;

public class InProcessCachesTest {

    private final SharedCache<String, String> cache = new InProcessCaches().cache("test", 3);

    @Test
    public void whatIsPutIsFoundByAnEqualKeyAndReplacedByTheNextPut() {
        assertNull(cache.peek("k"));
        cache.put("k", "v1");
        assertEquals("v1", cache.peek(new String("k")));
        cache.put("k", "v2");
        assertEquals("v2", cache.peek("k"));
    }

    @Test
    public void aFullCacheStartsOverRatherThanGrow() {
        cache.put("a", "1");
        cache.put("b", "2");
        cache.put("c", "3");
        cache.put("c", "3'"); // replacing is not growing
        assertEquals("1", cache.peek("a"));

        cache.put("d", "4");

        assertNull(cache.peek("a"));
        assertEquals("4", cache.peek("d"));
    }
}
