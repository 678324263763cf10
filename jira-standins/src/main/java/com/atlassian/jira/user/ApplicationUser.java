package com.atlassian.jira.user;

// JIRA-PLATFORM.md: API used (argument/return of SearchService, PermissionManager, JiraAuthenticationContext)
public interface ApplicationUser {

    // unconfirmed: from JIRA-PLATFORM.md "from memory" the login name
    String getUsername();
}
