package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

// Jira's own user directory (not SAL's UserManager). Checked: docs.atlassian.com jira 6.3.15 javadoc
// com/atlassian/jira/user/util/UserManager.html (ApplicationUser getUserByName(String)); imported with
// @ComponentImport in mailru/jira-plugins-mrimsender service/FilterSubscriptionService.java. Null for an unknown name.
public interface UserManager {

    ApplicationUser getUserByName(String userName);
}
