package com.atlassian.greenhopper.service.sprint;

import org.joda.time.DateTime;

// Checked against docs.atlassian.com jira-software 6.6.0 / 11.1.0 javadoc (class Sprint: Long getId, String getName,
// Sprint.State getState, org.joda.time.DateTime getStartDate / getEndDate).
public class Sprint {

    public Long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getName() {
        throw new UnsupportedOperationException("stand-in");
    }

    public State getState() {
        throw new UnsupportedOperationException("stand-in");
    }

    public DateTime getStartDate() {
        throw new UnsupportedOperationException("stand-in");
    }

    public DateTime getEndDate() {
        throw new UnsupportedOperationException("stand-in");
    }

    // Checked against docs.atlassian.com jira-software 6.3.3 javadoc (enum Sprint.State: FUTURE, ACTIVE, CLOSED)
    public enum State {
        FUTURE, ACTIVE, CLOSED
    }
}
