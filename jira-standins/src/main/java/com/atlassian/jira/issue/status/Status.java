package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

// JIRA-PLATFORM.md: API used (getStatusCategory)
public interface Status {

    StatusCategory getStatusCategory();
}
