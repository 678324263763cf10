package com.atlassian.jira.security.plugin;

// JIRA-PLATFORM.md: API used (argument of PermissionManager#hasPermission)
// Checked: public jira-api source ProjectPermissionKey.java (final class, ctor(String), String permissionKey());
// package per docs.atlassian.com jira-software/11.1.0 .../jira/permission/GHProjectPermissions.html
public class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    public String permissionKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
