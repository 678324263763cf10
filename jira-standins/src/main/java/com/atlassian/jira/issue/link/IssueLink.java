package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

// JIRA-PLATFORM.md: API used (element of IssueLinkManager's lists)
public interface IssueLink {

    // unconfirmed: from JIRA-PLATFORM.md "from memory" member not listed
    IssueLinkType getIssueLinkType();

    // unconfirmed: from JIRA-PLATFORM.md "from memory" member not listed
    Issue getSourceObject();

    // unconfirmed: from JIRA-PLATFORM.md "from memory" member not listed
    Issue getDestinationObject();
}
