package com.outcomes.jira;

import static com.outcomes.jira.JiraFixtures.issue;
import static com.outcomes.jira.JiraFixtures.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.Before;
import org.junit.Test;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;

public class JiraAccessPolicyTest {

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final ApplicationUser alice = user("alice");
    private final MutableIssue outcome = issue("SHOP-2", "Outcome");
    private final JiraAccessPolicy policy = new JiraAccessPolicy(permissions, authentication, issues);

    @Before
    public void setUp() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(issues.getIssueByCurrentKey("SHOP-2")).thenReturn(outcome);
    }

    @Test
    public void currentUserIsTheLoggedInUsersName() {
        assertEquals(Optional.of("alice"), policy.currentUser());
    }

    @Test
    public void anonymousCallerHasNoUserAndNoRights() {
        // given nobody logged in
        when(authentication.getLoggedInUser()).thenReturn(null);
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        // then
        assertEquals(Optional.empty(), policy.currentUser());
        assertFalse(policy.canView("alice", "SHOP-2"));
        assertFalse(policy.canEdit("alice", "SHOP-2"));
    }

    @Test
    public void viewNeedsBrowseProjectsOnTheIssue() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, outcome, alice)).thenReturn(true);

        assertTrue(policy.canView("alice", "SHOP-2"));
        assertFalse(policy.canEdit("alice", "SHOP-2"));
    }

    @Test
    public void browserWithoutBrowsePermissionSeesNothing() {
        assertFalse(policy.canView("alice", "SHOP-2"));
    }

    @Test
    public void editNeedsEditIssuesAndBrowse() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, outcome, alice)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, outcome, alice)).thenReturn(true);

        assertTrue(policy.canEdit("alice", "SHOP-2"));
    }

    @Test
    public void editIssuesWithoutBrowseIsNotEnough() {
        // given issue security hides the issue from an editor of its project
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, outcome, alice)).thenReturn(true);

        assertFalse(policy.canEdit("alice", "SHOP-2"));
    }

    @Test
    public void unknownIssueIsNeitherVisibleNorEditable() {
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        assertFalse(policy.canView("alice", "NOPE-1"));
        assertFalse(policy.canEdit("alice", "NOPE-1"));
    }

    @Test
    public void rightsOfAnotherUserThanTheLoggedInOneAreDenied() {
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        assertFalse(policy.canView("mallory", "SHOP-2"));
        verify(permissions, never()).hasPermission(any(), any(), any());
    }
}
