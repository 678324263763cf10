package com.outcomes.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import com.outcomes.port.SharedCache;

public class InProcessCachesTest {

    private final SharedCache<String, String> cache = new InProcessCaches().cache("test", 3);

    @Test
    public void anEqualKeyIsServedWithoutLoadingAgain() {
        AtomicInteger loads = new AtomicInteger();
        String first = cache.get("k", () -> "v" + loads.incrementAndGet());
        String second = cache.get(new String("k"), () -> "v" + loads.incrementAndGet());
        assertSame(first, second);
        assertEquals(1, loads.get());
    }

    @Test
    public void callersAskingWhileAKeyLoadsWaitForThatOneLoad() throws Exception {
        // given a load that blocks until released
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> cache.get("k", () -> {
                loads.incrementAndGet();
                loading.countDown();
                await(release);
                return "v";
            }));
            loading.await(5, TimeUnit.SECONDS);
            // when a second caller asks for the same key meanwhile
            Future<String> second = threads.submit(() -> cache.get("k", () -> "v" + loads.incrementAndGet()));
            release.countDown();
            // then both get the one load's value
            assertEquals("v", first.get(5, TimeUnit.SECONDS));
            assertEquals("v", second.get(5, TimeUnit.SECONDS));
            assertEquals(1, loads.get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    public void aFailedLoadIsNotKeptAndItsExceptionReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("database down");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw failure;
        })));
        assertEquals("loaded", cache.get("k", () -> "loaded"));
    }

    @Test
    public void aFullCacheStartsOverAndRemoveAllEmptiesIt() {
        AtomicInteger loads = new AtomicInteger();
        for (String key : new String[] {"a", "b", "c", "d"}) {
            cache.get(key, () -> key + loads.incrementAndGet());
        }
        assertEquals("a5", cache.get("a", () -> "a" + loads.incrementAndGet())); // "a" was dropped when "d" came
        cache.removeAll();
        assertEquals("d6", cache.get("d", () -> "d" + loads.incrementAndGet()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
