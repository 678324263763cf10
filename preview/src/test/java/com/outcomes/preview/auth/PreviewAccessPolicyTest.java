package com.outcomes.preview.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import com.outcomes.port.IssueRef;
import com.outcomes.port.WorkTracker;

public class PreviewAccessPolicyTest {

    private final WorkTracker work = mock(WorkTracker.class);
    private final RequestUser requestUser = new RequestUser();
    private final UserDirectory users = new UserDirectory(List.of(
            new PreviewUser("ann", "pw", Set.of("OUT"), Set.of()),
            new PreviewUser("bob", "pw", Set.of(), Set.of("MKT")),
            new PreviewUser("root", "pw", Set.of("*"), Set.of("*")),
            new PreviewUser("boss", "pw", Set.of(), Set.of(), "boss@example.com", true)));
    private final PreviewAccessPolicy policy = new PreviewAccessPolicy(requestUser, users, work);

    {
        when(work.issue("OUT-1")).thenReturn(Optional.of(new IssueRef("OUT-1", "Outcome", "OUT", "Outcome")));
        when(work.issue("MKT-1")).thenReturn(Optional.of(new IssueRef("MKT-1", "Outcome", "MKT", "Outcome")));
        when(work.issue("GONE-1")).thenReturn(Optional.empty());
    }

    @Test
    public void browseListGrantsViewingButNotEditing() {
        assertTrue(policy.canView("ann", "OUT-1"));
        assertFalse(policy.canEdit("ann", "OUT-1"));
        assertFalse(policy.canView("ann", "MKT-1"));
    }

    @Test
    public void editListAlsoGrantsViewing() {
        assertTrue(policy.canEdit("bob", "MKT-1"));
        assertTrue(policy.canView("bob", "MKT-1"));
        assertFalse(policy.canView("bob", "OUT-1"));
    }

    @Test
    public void starMeansEveryProject() {
        assertTrue(policy.canEdit("root", "OUT-1"));
        assertTrue(policy.canView("root", "MKT-1"));
    }

    @Test
    public void unknownIssueOrUserIsNeverVisible() {
        assertFalse(policy.canView("root", "GONE-1"));
        assertFalse(policy.canEdit("root", "GONE-1"));
        assertFalse(policy.canView("nobody", "OUT-1"));
        assertFalse(policy.canView("root", null));
    }

    @Test
    public void currentUserIsTheRequestsUserAndNobodyOutsideARequest() {
        // given
        requestUser.set(users.user("ann").orElseThrow());

        // then
        try {
            assertEquals(Optional.of("ann"), policy.currentUser());
        } finally {
            requestUser.clear();
        }
        assertEquals(Optional.empty(), policy.currentUser());
    }

    @Test
    public void answersAreInTheRequestsLanguageAndInEnglishOutsideARequest() {
        // given a request that asked for German
        requestUser.set(users.user("ann").orElseThrow(), Locale.GERMAN);

        // then
        try {
            assertEquals(Locale.GERMAN, policy.locale());
        } finally {
            requestUser.clear();
        }
        assertEquals(Locale.ENGLISH, policy.locale());
    }

    @Test
    public void onlyUsersMarkedAdminAdministerWhateverTheirProjects() {
        assertTrue(policy.isAdmin("boss"));
        assertFalse(policy.isAdmin("root")); // every project, yet not an administrator
        assertFalse(policy.isAdmin("ann"));
        assertFalse(policy.isAdmin("nobody"));
        assertFalse(policy.isAdmin(null));
    }
}
