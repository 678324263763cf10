package com.atlassian.scheduler.config;

import java.util.Date;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (class IntervalScheduleInfo, "the description of an Schedule.forInterval(long, Date) interval schedule":
// Date getFirstRunTime(), long getIntervalInMillis()). A value, kept by the stand-in for tests.
public final class IntervalScheduleInfo {

    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime;
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime;
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
