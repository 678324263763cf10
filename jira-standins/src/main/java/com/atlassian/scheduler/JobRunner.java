package com.atlassian.scheduler;

// Checked against docs.atlassian.com atlassian-scheduler 2.0.0 javadoc (@PublicSpi interface JobRunner:
// @Nullable JobRunnerResponse runJob(JobRunnerRequest); "Plugins should register the JobRunner implementation at
// startup/plugin enabled, and unregister the JobRunner when the plugin is disabled").
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
