package com.atlassian.jira.project;

// JIRA-PLATFORM.md: API used (Issue#getProjectObject)
public interface Project {

    // unconfirmed: from JIRA-PLATFORM.md "from memory" member not listed
    String getKey();
}
