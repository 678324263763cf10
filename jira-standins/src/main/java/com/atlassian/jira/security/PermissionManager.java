package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// JIRA-PLATFORM.md: API used (hasPermission(ProjectPermissionKey, Issue, ApplicationUser))
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
