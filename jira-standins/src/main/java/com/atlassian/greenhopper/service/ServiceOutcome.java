package com.atlassian.greenhopper.service;

// UNCONFIRMED (Jira Software, not in JIRA-PLATFORM.md): result wrapper of GreenHopper services, as used by public
// ScriptRunner scripts (sprintManager.getSprint(id).getValue() / .get() / isValid()).
public interface ServiceOutcome<T> {

    boolean isValid();

    T getValue();

    T get();
}
