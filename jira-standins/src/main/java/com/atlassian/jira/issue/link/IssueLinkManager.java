package com.atlassian.jira.issue.link;

import java.util.List;

// JIRA-PLATFORM.md: API used (getOutwardLinks, getInwardLinks; served from Jira's link cache, no search)
public interface IssueLinkManager {

    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
