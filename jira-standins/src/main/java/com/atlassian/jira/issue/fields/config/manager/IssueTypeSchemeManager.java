package com.atlassian.jira.issue.fields.config.manager;

// JIRA-PLATFORM.md: API used (addOptionToDefault)
public interface IssueTypeSchemeManager {

    void addOptionToDefault(String id);
}
