package com.atlassian.jira.config;

import java.util.Collection;

import com.atlassian.jira.issue.issuetype.IssueType;

// JIRA-PLATFORM.md: API used (createIssueType, getIssueTypes). updateIssueType: not in JIRA-PLATFORM.md; checked against
// the public IssueTypeManager source (since 6.3; void return) — its DefaultIssueTypeManager rejects a null avatarId.
public interface IssueTypeManager {

    IssueType createIssueType(String name, String description, Long avatarId);

    void updateIssueType(IssueType issueType, String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();
}
