package com.outcomes.service;

import java.time.LocalDate;

/** Running "compute and remind" now (DESIGN §5 {@code POST /jobs/run}): administrators only. */
public final class JobControl {

    private final Job job;
    private final Permissions permissions;

    public JobControl(Job job, Permissions permissions) {
        this.job = job;
        this.permissions = permissions;
    }

    /** @throws com.outcomes.error.ForbiddenException (403) for anyone but an administrator */
    public JobResult runNow(String user, LocalDate asOf) {
        permissions.requireAdmin(user);
        return job.run(asOf);
    }
}
