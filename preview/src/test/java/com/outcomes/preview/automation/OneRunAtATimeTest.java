package com.outcomes.preview.automation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import com.outcomes.service.JobResult;

public class OneRunAtATimeTest {

    @Test
    public void callersAtTheSameMomentRunOneAfterTheOtherAndEachGetsItsResult() throws Exception {
        // given a job that takes 30 ms and counts how many run at once
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        OneRunAtATime job = new OneRunAtATime(asOf -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return new JobResult(runs.incrementAndGet(), 0, 0);
        });

        // when four callers (the thread and three POST /jobs/run) start together
        ExecutorService callers = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JobResult>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(callers.submit(() -> {
                go.await();
                return job.run(LocalDate.parse("2026-11-18"));
            }));
        }
        go.countDown();
        int total = 0;
        for (Future<JobResult> result : results) {
            total += result.get(5, TimeUnit.SECONDS).computed();
        }
        callers.shutdown();

        // then all four ran, never two at once
        assertEquals(1, mostAtOnce.get());
        assertEquals(4, runs.get());
        assertEquals(1 + 2 + 3 + 4, total);
    }

    @Test
    public void aFailingRunReleasesTheJobForTheNextCaller() throws Exception {
        // given a run that failed
        AtomicInteger runs = new AtomicInteger();
        OneRunAtATime job = new OneRunAtATime(asOf -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database went away");
            }
            return new JobResult(0, 0, 0);
        });
        assertThrows(IllegalStateException.class, () -> job.run(LocalDate.parse("2026-11-18")));

        // when another thread runs the job (the lock is reentrant, so the same thread would prove nothing)
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<JobResult> next = other.submit(() -> job.run(LocalDate.parse("2026-11-18")));

        // then it runs at once instead of waiting for a lock nobody will release
        assertEquals(new JobResult(0, 0, 0), next.get(2, TimeUnit.SECONDS));
        other.shutdown();
    }
}
