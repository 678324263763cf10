package com.atlassian.jira.issue;

// JIRA-PLATFORM.md: API used (getIssueByCurrentKey)
public interface IssueManager {

    MutableIssue getIssueByCurrentKey(String key);
}
