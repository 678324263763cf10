package com.outcomes.service;

/**
 * What one run of the job did: readings recorded for computed metrics, reminders stored (delivered or not), and
 * metrics whose computation or reminder failed. The body of {@code POST /jobs/run}.
 */
public record JobResult(int computed, int reminders, int errors) {
}
