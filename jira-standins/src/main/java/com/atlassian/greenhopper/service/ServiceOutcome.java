package com.atlassian.greenhopper.service;

// Not in JIRA-PLATFORM.md; checked against docs.atlassian.com jira-software 6.0.2 / 6.3.2.1 javadoc (ServiceOutcome:
// boolean isValid(), T getValue()); newer versions not checked.
public interface ServiceOutcome<T> {

    boolean isValid();

    T getValue();
}
