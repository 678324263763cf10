package com.outcomes.preview.automation;

import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantLock;

import com.outcomes.service.Job;
import com.outcomes.service.JobResult;

/**
 * The job as the preview runs it, from its thread and from {@code POST /jobs/run}: one run at a time in this process, a
 * second caller waits for the first to end. Core's unique claims already keep two runs from doing anything twice (that
 * is what covers several processes on one database); this keeps one process from doing the same reads and counts twice
 * at once, and its log readable.
 */
public final class OneRunAtATime implements Job {

    private final Job job;
    private final ReentrantLock running = new ReentrantLock(true);

    public OneRunAtATime(Job job) {
        this.job = job;
    }

    @Override
    public JobResult run(LocalDate asOf) {
        running.lock();
        try {
            return job.run(asOf);
        } finally {
            running.unlock();
        }
    }
}
