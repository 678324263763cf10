package com.atlassian.jira.user;

// JIRA-PLATFORM.md: API used (argument/return of SearchService, PermissionManager, JiraAuthenticationContext)
public interface ApplicationUser {

    // Checked against docs.atlassian.com jira 7.0.0 javadoc (ApplicationUser#getUsername)
    String getUsername();
}
