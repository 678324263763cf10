package com.atlassian.jira.issue;

// JIRA-PLATFORM.md: API used (return type of IssueManager#getIssueByCurrentKey)
public interface MutableIssue extends Issue {
}
