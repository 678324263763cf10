package com.atlassian.jira.issue.issuetype;

// JIRA-PLATFORM.md: API used (Issue#getIssueType, IssueTypeManager)
public interface IssueType {

    // unconfirmed: from JIRA-PLATFORM.md "from memory" member not listed
    String getId();

    // unconfirmed: from JIRA-PLATFORM.md "from memory" member not listed
    String getName();
}
