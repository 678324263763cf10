package com.outcomes.preview.automation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Test;

import com.outcomes.service.Job;
import com.outcomes.service.JobResult;

public class JobThreadTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC);
    private static final Duration SOON = Duration.ofMillis(10);
    private JobThread thread;

    @After
    public void stop() {
        if (thread != null) {
            thread.close();
        }
    }

    @Test
    public void runsTheJobAsOfTodayEveryIntervalAfterReReadingTheWorkData() throws Exception {
        // given
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch threeRuns = new CountDownLatch(3);
        Job job = asOf -> {
            events.add("run " + asOf);
            threeRuns.countDown();
            return new JobResult(0, 0, 0);
        };

        // when
        thread = JobThread.start(job, () -> events.add("refresh"), CLOCK, SOON, Duration.ofMillis(20));

        // then
        assertTrue(threeRuns.await(5, TimeUnit.SECONDS));
        thread.close();
        assertEquals(List.of("refresh", "run 2026-11-18", "refresh", "run 2026-11-18", "refresh", "run 2026-11-18"),
                events.subList(0, 6));
    }

    @Test
    public void aFailingRunOrRefreshDoesNotEndTheThread() throws Exception {
        // given a job that fails on its first run and a refresh that always fails
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch secondRun = new CountDownLatch(2);
        Job job = asOf -> {
            secondRun.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database went away");
            }
            return new JobResult(1, 0, 0);
        };

        // when
        thread = JobThread.start(job, () -> {
            throw new IllegalStateException("Jira is down");
        }, CLOCK, SOON, Duration.ofMillis(20));

        // then the second run comes all the same
        assertTrue(secondRun.await(5, TimeUnit.SECONDS));
    }

    @Test
    public void runsNeverOverlapEvenWhenARunTakesLongerThanTheInterval() throws Exception {
        // given a job that takes 50 ms, scheduled every 5 ms
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch fourRuns = new CountDownLatch(4);
        Job slow = asOf -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(50);
            running.decrementAndGet();
            fourRuns.countDown();
            return new JobResult(0, 0, 0);
        };

        // when
        thread = JobThread.start(slow, () -> { }, CLOCK, SOON, Duration.ofMillis(5));

        // then
        assertTrue(fourRuns.await(5, TimeUnit.SECONDS));
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    public void closeLetsTheRunInProgressEndAndStopsTheSchedule() throws Exception {
        // given a run in progress
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        thread = JobThread.start(asOf -> {
            runs.incrementAndGet();
            started.countDown();
            sleep(200);
            finished.incrementAndGet();
            return new JobResult(0, 0, 0);
        }, () -> { }, CLOCK, SOON, Duration.ofMillis(10));
        assertTrue(started.await(5, TimeUnit.SECONDS));

        // when
        thread.close();

        // then the run ended normally and no run comes after
        assertEquals(1, finished.get());
        int runsAtClose = runs.get();
        Thread.sleep(100);
        assertEquals(runsAtClose, runs.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
