package com.outcomes.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.BeforeClass;
import org.junit.Test;

import com.outcomes.bench.CaseProfile.Share;

public class CaseProfilerTest {

    private static final String KEPT = "profiled-spinner";
    private static final String LEFT_OUT = "ignored-spinner";
    private static final String SPIN_KEPT = Busy.class.getName() + ".spinKept";
    private static final String SPIN_LEFT_OUT = Busy.class.getName() + ".spinLeftOut";

    private static Profiled<Long> profiled;

    /** One recording for every test (JFR's first start in a JVM is slow): two threads busy for about 2 s. */
    @BeforeClass
    public static void profileTwoBusyThreadsKeepingOne() throws Exception {
        profiled = CaseProfiler.profile("two spinners", KEPT::equals, () -> new Busy().runFor(2_000));
    }

    @Test
    public void returnsTheWorksResult() {
        assertTrue(profiled.result() != 0);
    }

    @Test
    public void mostSamplesOfTheKeptThreadAreInTheMethodItSpinsIn() {
        CaseProfile profile = profiled.profile();
        assertTrue("samples: " + profile.samples(), profile.samples() >= 20);
        Share top = profile.selfFrames().get(0);
        assertEquals(profile.markdown(), SPIN_KEPT, top.name());
        // loosely: the machine is shared and the spinner calls nothing, but the sampler may land in its thread's start
        assertTrue(profile.markdown(), top.percent() > 50);
    }

    @Test
    public void noSampleComesFromTheThreadLeftOut() {
        CaseProfile profile = profiled.profile();
        assertTrue(profile.markdown(), profile.otherSamples() > 0);
        assertFalse(profile.markdown(), Stream.of(profile.selfFrames(), profile.ourFrames(), profile.packageGroups())
                .flatMap(list -> list.stream())
                .anyMatch(share -> share.name().equals(SPIN_LEFT_OUT)));
    }

    @Test
    public void theBenchsOwnCodeIsNotCountedAsOurs() {
        assertEquals(0, profiled.profile().ourSamples());
    }

    @Test
    public void markdownNamesTheCaseAndTheTopFrame() {
        String markdown = profiled.profile().markdown();
        assertTrue(markdown, markdown.startsWith("**Profile: two spinners**"));
        assertTrue(markdown, markdown.contains("| 1 | `" + SPIN_KEPT + "` |"));
    }

    @Test
    public void requestThreadsAreJettysDefaultPoolThreads() throws Exception {
        // given the thread pool Jetty's Server uses unless given one (PreviewServer gives none)
        QueuedThreadPool pool = new QueuedThreadPool();
        pool.start();
        try {
            // when a task runs on it
            AtomicReference<String> name = new AtomicReference<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            pool.execute(() -> {
                name.set(Thread.currentThread().getName());
                done.complete(null);
            });
            done.get();

            // then its thread is a request thread, and the bench's own are not
            assertTrue(name.get(), CaseProfiler.REQUEST_THREADS.test(name.get()));
            assertFalse(CaseProfiler.REQUEST_THREADS.test("pool-1-thread-1"));
            assertFalse(CaseProfiler.REQUEST_THREADS.test("main"));
        } finally {
            pool.stop();
        }
    }

    @Test
    public void aLambdasClassIsNamedWithoutItsNumberAndAddress() {
        assertEquals("java.util.function.Predicate$$Lambda",
                CaseProfiler.stableName("java.util.function.Predicate$$Lambda$79+0x00007f52ec071fc0.371619938"));
        assertEquals("com.outcomes.preview.jql.JqlField$$Lambda",
                CaseProfiler.stableName("com.outcomes.preview.jql.JqlField$$Lambda$52/0x0000000800c0b000"));
        assertEquals("com.outcomes.store.ReadingRepository",
                CaseProfiler.stableName("com.outcomes.store.ReadingRepository"));
    }

    /** Two threads, each in a loop of its own method until told to stop. */
    private static final class Busy {

        private volatile boolean stop;

        long runFor(long millis) throws InterruptedException {
            long[] results = new long[2];
            Thread kept = new Thread(() -> results[0] = spinKept(), KEPT);
            Thread leftOut = new Thread(() -> results[1] = spinLeftOut(), LEFT_OUT);
            kept.start();
            leftOut.start();
            Thread.sleep(millis);
            stop = true;
            kept.join();
            leftOut.join();
            return results[0] ^ results[1];
        }

        private long spinKept() {
            long x = 1;
            while (!stop) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                x ^= x >>> 29;
            }
            return x;
        }

        private long spinLeftOut() {
            long x = 7;
            while (!stop) {
                x = x * 2862933555777941757L + 3037000493L;
                x ^= x << 17;
            }
            return x;
        }
    }
}
