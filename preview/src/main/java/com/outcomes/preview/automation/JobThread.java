package com.outcomes.preview.automation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.service.Job;
import com.outcomes.service.JobResult;

/**
 * The preview's scheduler for "compute and remind" (DESIGN §3b, {@code --job-interval}): one daemon thread that runs
 * {@code beforeEachRun} (with {@code --jira-url}: re-reading the work data) and then the job as of today, every
 * interval. One thread with a fixed delay means a run never overlaps the previous one in this process; core's unique
 * claims keep other processes (and {@code POST /jobs/run}) from sending anything twice. A failing run is logged and
 * the next one comes as planned: nothing a run throws ends the thread.
 */
public final class JobThread implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobThread.class);

    private final Job job;
    private final Runnable beforeEachRun;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    private JobThread(Job job, Runnable beforeEachRun, Clock clock) {
        this.job = job;
        this.beforeEachRun = beforeEachRun;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outcomes-compute-and-remind");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the schedule: the first run {@code firstDelay} after now, then one every {@code interval} after the end of
     * the previous run.
     */
    public static JobThread start(Job job, Runnable beforeEachRun, Clock clock, Duration firstDelay, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("the job interval must be positive, not " + interval);
        }
        JobThread thread = new JobThread(job, beforeEachRun, clock);
        thread.executor.scheduleWithFixedDelay(thread::runOnce, firstDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return thread;
    }

    /** One tick; never throws, so the executor keeps the schedule. */
    void runOnce() {
        try {
            beforeEachRun.run();
        } catch (RuntimeException e) {
            LOG.warn("compute and remind: preparing the run failed, running on the data at hand: {}", e.getMessage(), e);
        }
        LocalDate today = LocalDate.now(clock);
        try {
            JobResult result = job.run(today);
            LOG.info("compute and remind as of {}: {} computed, {} reminders, {} errors", today, result.computed(),
                    result.reminders(), result.errors());
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vmError) {
                throw vmError;
            }
            LOG.error("compute and remind as of {} failed; the next run comes as planned", today, e);
        }
    }

    /** Stops the schedule, lets a run in progress end (up to 30 s), then interrupts it. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("compute and remind: a run still going after 30 s is interrupted");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
