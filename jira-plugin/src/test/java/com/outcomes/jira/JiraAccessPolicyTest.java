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

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

public class JiraAccessPolicyTest {

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final ApplicationUser alice = user("alice");
    private final MutableIssue outcome = issue("SHOP-2", "Outcome");
    private final SearchService search = mock(SearchService.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraAccessPolicy policy = new JiraAccessPolicy(permissions, authentication, issues, search,
            globalPermissions, users);

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
    public void answersAreInTheLanguageJiraResolvesForTheCaller() {
        // given the user's (or, anonymous, the site's) language as Jira resolves it
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);

        // then
        assertEquals(Locale.GERMAN, policy.locale());
    }

    @Test
    public void withoutALanguageFromJiraAnswersAreInEnglish() {
        when(authentication.getLocale()).thenReturn(null);

        assertEquals(Locale.ENGLISH, policy.locale());
    }

    @Test
    public void anonymousCallerHasNoUserAndNoRights() {
        // given nobody logged in
        when(authentication.getLoggedInUser()).thenReturn(null);
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        // then
        assertEquals(Optional.empty(), policy.currentUser());
        assertFalse(policy.canView(null, "SHOP-2"));
        assertFalse(policy.canEdit("alice", "SHOP-2"));
        assertFalse(policy.isAdmin("alice"));
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
    public void editRightsOfAnotherUserThanTheLoggedInOneAreDenied() {
        // given mallory exists and may do anything
        ApplicationUser mallory = user("mallory");
        when(mallory.isActive()).thenReturn(true);
        when(users.getUserByName("mallory")).thenReturn(mallory);
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        // then alice's session answers no edit for her
        assertFalse(policy.canEdit("mallory", "SHOP-2"));
        verify(permissions, never()).hasPermission(any(), any(), org.mockito.ArgumentMatchers.eq(mallory));
    }

    @Test
    public void whetherAnOwnerMayBrowseIsAnsweredWithTheOwnersOwnPermissions() {
        // given alice is logged in and names olivia, who may browse SHOP-2, and bob, who may not, as owners
        ApplicationUser olivia = user("olivia");
        when(olivia.isActive()).thenReturn(true);
        when(users.getUserByName("olivia")).thenReturn(olivia);
        ApplicationUser bob = user("bob");
        when(bob.isActive()).thenReturn(true);
        when(users.getUserByName("bob")).thenReturn(bob);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, outcome, olivia)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, outcome, alice)).thenReturn(true);

        // then
        assertTrue(policy.canView("olivia", "SHOP-2"));
        assertFalse(policy.canView("bob", "SHOP-2"));
    }

    @Test
    public void anUnknownOrDeactivatedOwnerMayBrowseNothing() {
        ApplicationUser gone = user("gone");
        when(gone.isActive()).thenReturn(false);
        when(users.getUserByName("gone")).thenReturn(gone);
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        assertFalse(policy.canView("gone", "SHOP-2"));
        assertFalse(policy.canView("ghost", "SHOP-2"));
    }

    @Test
    public void inTheJobWithNobodyLoggedInAnOwnersBrowseIsAnsweredWithTheirOwnPermissions() throws Exception {
        // given the scheduler's thread (nobody logged in) and olivia, who may browse SHOP-2 but not SEC-1
        when(authentication.getLoggedInUser()).thenReturn(null);
        ApplicationUser olivia = user("olivia");
        when(olivia.isActive()).thenReturn(true);
        when(users.getUserByName("olivia")).thenReturn(olivia);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, outcome, olivia)).thenReturn(true);
        Query query = JiraFixtures.answer(search, "issuekey in (\"SHOP-2\", \"SEC-1\")", List.of(outcome));

        // when
        Set<String> visible = policy.visible("olivia", List.of("SHOP-2", "SEC-1"));

        // then the one search ran as olivia, and so did the single check
        assertEquals(Set.of("SHOP-2"), visible);
        verify(search).search(org.mockito.ArgumentMatchers.eq(olivia), org.mockito.ArgumentMatchers.eq(query),
                any(PagerFilter.class));
        assertTrue(policy.canView("olivia", "SHOP-2"));
        assertFalse(policy.canEdit("olivia", "SHOP-2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void visibleIsOneSearchAsTheLoggedInUserWhateverTheNumberOfKeys() throws Exception {
        // given a search that finds two of the three keys (the third is hidden by issue security)
        String jql = "issuekey in (\"SHOP-2\", \"SHOP-3\", \"SEC-1\")";
        Query query = mock(Query.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(alice, jql)).thenReturn(parsed);
        SearchResults<Issue> results = mock(SearchResults.class);
        List<Issue> found = List.of(outcome, issue("SHOP-3", "Epic"));
        when(results.getResults()).thenReturn(found);
        when(results.getTotal()).thenReturn(2);
        when(search.search(any(), any(), any(PagerFilter.class))).thenReturn(results);

        // when
        Set<String> visible = policy.visible("alice", List.of("SHOP-2", "SHOP-3", "SEC-1"));

        // then
        assertEquals(Set.of("SHOP-2", "SHOP-3"), visible);
        verify(search).search(org.mockito.ArgumentMatchers.eq(alice), org.mockito.ArgumentMatchers.eq(query), any(PagerFilter.class));
        verify(permissions, never()).hasPermission(any(), any(Issue.class), any());
    }

    @Test
    public void visibleIsEmptyForAnUnknownUserOrNoUserWithoutSearching() throws Exception {
        // given nobody called mallory, and a deactivated bob
        ApplicationUser bob = user("bob");
        when(users.getUserByName("bob")).thenReturn(bob);

        // then
        assertTrue(policy.visible("mallory", List.of("SHOP-2")).isEmpty());
        assertTrue(policy.visible("bob", List.of("SHOP-2")).isEmpty());
        assertTrue(policy.visible(null, List.of("SHOP-2")).isEmpty());
        verify(search, never()).parseQuery(any(), any());
    }

    @Test
    public void aJiraAdministratorIsAnAdminAndOthersAreNot() {
        // given alice holds Jira's global Administer permission and bob does not
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);
        assertTrue(policy.isAdmin("alice"));

        ApplicationUser bob = user("bob");
        when(authentication.getLoggedInUser()).thenReturn(bob);
        assertFalse(policy.isAdmin("bob"));
        verify(globalPermissions).hasPermission(GlobalPermissionKey.ADMINISTER, bob);
    }

    @Test
    public void adminRightsAreAnsweredOnlyForTheLoggedInUser() {
        // given alice is an administrator
        when(globalPermissions.hasPermission(any(), any())).thenReturn(true);

        // then nobody else's name, and no name at all for an anonymous caller, is an admin
        assertFalse(policy.isAdmin("mallory"));
        assertFalse(policy.isAdmin(null));
        when(authentication.getLoggedInUser()).thenReturn(null);
        assertFalse(policy.isAdmin("alice"));
    }
}
