package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Checked: docs.atlassian.com jira/latest PermissionManager javadoc ("For all global Permissions it is recommended to use
// GlobalPermissionManager"); hasPermission(GlobalPermissionKey.ADMINISTER, user) as called by public plugins
// (mailru/jira-plugins-mrimsender actions/ChatSettingsAction.java, imported with @ComponentImport).
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
