package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (@PublicApi interface SchedulerService: void registerJobRunner(JobRunnerKey,
// JobRunner), void unregisterJobRunner(JobRunnerKey), void scheduleJob(JobId, JobConfig) throws SchedulerServiceException;
// the same signatures in Bamboo 9/10's AtlassianSchedulerServiceImpl javadoc). JIRA-PLATFORM.md: Cluster.
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
