package com.atlassian.scheduler.config;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (@Immutable final class JobConfig: static forJobRunnerKey(JobRunnerKey), withRunMode(RunMode),
// withSchedule(Schedule) each returning a copy, getJobRunnerKey(), getRunMode(), getSchedule()). A value, kept by the
// stand-in for tests. Unlike the real class it has no default run mode, so a test sees the one the plugin chose.
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, null, null);
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
