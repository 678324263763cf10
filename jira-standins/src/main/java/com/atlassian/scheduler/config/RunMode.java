package com.atlassian.scheduler.config;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (enum RunMode in com.atlassian.scheduler.config; RUN_ONCE_PER_CLUSTER as JIRA-PLATFORM.md names it,
// RUN_LOCALLY as public plugins use it, e.g. JobConfig...withRunMode(RunMode.RUN_LOCALLY)).
public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
