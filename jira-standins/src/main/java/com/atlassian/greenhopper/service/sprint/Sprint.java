package com.atlassian.greenhopper.service.sprint;

import org.joda.time.DateTime;

// UNCONFIRMED (Jira Software, not in JIRA-PLATFORM.md): lead's note for round 2 (getName, getState, getStartDate /
// getEndDate as org.joda.time.DateTime) and public ScriptRunner scripts (Sprint.State.ACTIVE). A class in Jira Software.
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

    // UNCONFIRMED: FUTURE / ACTIVE / CLOSED as in Jira Software's REST "state" values.
    public enum State {
        FUTURE, ACTIVE, CLOSED
    }
}
