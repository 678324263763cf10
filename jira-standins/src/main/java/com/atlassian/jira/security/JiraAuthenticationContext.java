package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

// JIRA-PLATFORM.md: API used (getLoggedInUser)
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();
}
