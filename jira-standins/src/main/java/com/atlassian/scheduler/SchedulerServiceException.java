package com.atlassian.scheduler;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (checked exception thrown by SchedulerService#scheduleJob; public plugin code catches it around scheduleJob,
// e.g. mailru/jira-plugins-mrimsender service/FilterSubscriptionService.java).
public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        super(message);
    }
}
