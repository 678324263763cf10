package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

// JIRA-PLATFORM.md: API used (BROWSE_PROJECTS, EDIT_ISSUES)
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
}
