package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

// JIRA-PLATFORM.md: API used (element of IssueLinkManager's lists). Members checked against docs.atlassian.com jira/server
// javadoc (IssueLink: IssueLinkType getIssueLinkType, Issue getSourceObject, Issue getDestinationObject).
public interface IssueLink {

    IssueLinkType getIssueLinkType();

    Issue getSourceObject();

    Issue getDestinationObject();
}
