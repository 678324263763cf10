package com.atlassian.jira.user;

// JIRA-PLATFORM.md: API used (argument/return of SearchService, PermissionManager, JiraAuthenticationContext)
public interface ApplicationUser {

    // Checked against docs.atlassian.com jira 7.0.0 javadoc (ApplicationUser#getUsername)
    String getUsername();

    // Checked: mailru/jira-plugins-mrimsender accessrequest/service/AccessRequestService.java (user.isActive(),
    // to.getEmailAddress() on an ApplicationUser from Jira's UserManager); both on ApplicationUser since Jira 6
    boolean isActive();

    String getEmailAddress();
}
