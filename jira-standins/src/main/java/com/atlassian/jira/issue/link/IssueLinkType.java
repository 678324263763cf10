package com.atlassian.jira.issue.link;

// JIRA-PLATFORM.md: API used (element of IssueLinkTypeManager#getIssueLinkTypesByName)
public interface IssueLinkType {

    // unconfirmed: from JIRA-PLATFORM.md "from memory" member not listed
    String getName();
}
