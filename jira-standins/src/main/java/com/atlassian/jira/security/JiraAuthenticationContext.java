package com.atlassian.jira.security;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;

// JIRA-PLATFORM.md: API used (getLoggedInUser); getLocale: unconfirmed: from JIRA-PLATFORM.md "from memory" not listed
// (the logged-in user's language, used for panel texts)
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
