package com.atlassian.scheduler;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (interface JobRunnerRequest, the argument of JobRunner#runJob). We call none of its methods.
public interface JobRunnerRequest {
}
