package com.outcomes.service;

import java.time.LocalDate;

/**
 * Core's periodic work as a host schedules it (DESIGN §3b, "compute and remind"): Jira from an atlassian-scheduler
 * {@code JobRunner} once per cluster, the preview from one scheduled thread, both also from {@code POST /jobs/run}.
 * Safe to call from several nodes at once: what it records and sends is claimed by unique rows first.
 */
public interface Job {

    JobResult run(LocalDate asOf);
}
