package com.atlassian.jira.issue.issuetype;

// JIRA-PLATFORM.md: API used (Issue#getIssueType, IssueTypeManager)
public interface IssueType {

    // Checked: docs.atlassian.com jira/7.1.7 issuetype/IssueType.html (extends IssueConstant);
    // String getId() per docs.atlassian.com jira/4.4.4 issue/IssueConstant.html
    String getId();

    // Checked: String getName() inherited from IssueConstant (docs.atlassian.com jira/4.4.4 IssueConstant.html)
    String getName();
}
