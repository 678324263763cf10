package com.atlassian.jira.config;

import java.util.Collection;

import com.atlassian.jira.issue.issuetype.IssueType;

// JIRA-PLATFORM.md: API used (createIssueType, getIssueTypes)
public interface IssueTypeManager {

    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();
}
