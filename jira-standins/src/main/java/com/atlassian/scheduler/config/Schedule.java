package com.atlassian.scheduler.config;

import java.util.Date;

// Checked against docs.atlassian.com atlassian-scheduler-api 1.6.0 javadoc (final class Schedule: static Schedule forInterval(long intervalInMillis, Date firstRunTime),
// IntervalScheduleInfo getIntervalScheduleInfo()). A value, kept by the stand-in for tests.
public final class Schedule {

    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
