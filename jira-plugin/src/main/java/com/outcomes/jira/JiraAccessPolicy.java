package com.outcomes.jira;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.outcomes.port.AccessPolicy;

/**
 * Jira's permission scheme as core sees it: browse the issue to view its metrics, edit it to change them.
 *
 * <p>Core passes back the user name it got from {@link #currentUser()}; permissions are answered only for the
 * logged-in user of the current request (a different name is denied), so this class needs no user
 * directory look-up and can never act for anybody else. Anonymous callers may do nothing (DESIGN §4: 401).
 */
@Named
public final class JiraAccessPolicy implements AccessPolicy {

    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authentication;
    private final IssueManager issueManager;

    @Inject
    public JiraAccessPolicy(@ComponentImport PermissionManager permissionManager,
                            @ComponentImport JiraAuthenticationContext authentication,
                            @ComponentImport IssueManager issueManager) {
        this.permissionManager = permissionManager;
        this.authentication = authentication;
        this.issueManager = issueManager;
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.ofNullable(authentication.getLoggedInUser()).map(ApplicationUser::getUsername);
    }

    @Override
    public boolean canView(String user, String issueKey) {
        return permitted(user, issueKey, ProjectPermissions.BROWSE_PROJECTS);
    }

    /** Edit implies browse: issue security can hide an issue from someone holding the project's edit permission. */
    @Override
    public boolean canEdit(String user, String issueKey) {
        return permitted(user, issueKey, ProjectPermissions.BROWSE_PROJECTS)
                && permitted(user, issueKey, ProjectPermissions.EDIT_ISSUES);
    }

    private boolean permitted(String user, String issueKey, ProjectPermissionKey permission) {
        ApplicationUser loggedIn = authentication.getLoggedInUser();
        if (user == null || issueKey == null || loggedIn == null || !user.equals(loggedIn.getUsername())) {
            return false;
        }
        Issue issue = issueManager.getIssueByCurrentKey(issueKey);
        return issue != null && permissionManager.hasPermission(permission, issue, loggedIn);
    }
}
