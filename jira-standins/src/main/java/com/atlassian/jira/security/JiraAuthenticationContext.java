package com.atlassian.jira.security;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;

// JIRA-PLATFORM.md: API used (getLoggedInUser); getLocale checked against docs.atlassian.com DAC jira javadoc
// (JiraAuthenticationContext#getLocale returns Locale; the logged-in user's language, used for panel texts)
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
