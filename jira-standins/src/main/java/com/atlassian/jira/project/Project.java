package com.atlassian.jira.project;

// JIRA-PLATFORM.md: API used (Issue#getProjectObject)
public interface Project {

    // Checked against docs.atlassian.com jira 7.2.0 javadoc (Project#getKey)
    String getKey();
}
