package com.atlassian.scheduler.status;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (package com.atlassian.scheduler.status, enum RunOutcome: "what the result was the last time that this job
// attempted to fire"). Only the constants the stand-in's JobRunnerResponse answers are declared.
public enum RunOutcome {
    SUCCESS, FAILED
}
