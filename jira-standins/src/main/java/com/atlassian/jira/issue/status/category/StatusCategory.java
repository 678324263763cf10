package com.atlassian.jira.issue.status.category;

// JIRA-PLATFORM.md: API used (getKey: new / indeterminate / done)
// unconfirmed: from JIRA-PLATFORM.md "from memory" package of StatusCategory
public interface StatusCategory {

    String getKey();
}
