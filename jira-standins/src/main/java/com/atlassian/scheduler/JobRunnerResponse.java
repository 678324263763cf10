package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (class-use of JobRunnerResponse: static success(String), failed(String); the
// response's RunOutcome getRunOutcome() and String getMessage()). A value in the scheduler too, so the stand-in keeps
// the outcome and message for tests.
public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }
}
