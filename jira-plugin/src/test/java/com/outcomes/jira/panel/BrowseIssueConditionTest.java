package com.outcomes.jira.panel;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import com.atlassian.jira.issue.Issue;
import com.outcomes.jira.JiraAccessPolicy;

public class BrowseIssueConditionTest {

    private final JiraAccessPolicy access = mock(JiraAccessPolicy.class);
    private final BrowseIssueCondition condition = new BrowseIssueCondition(access);

    private static Map<String, Object> contextOf(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return Map.of("issue", issue);
    }

    @Test
    public void showsToAUserWhoMayBrowseTheIssue() {
        // given
        when(access.currentUser()).thenReturn(Optional.of("alice"));
        when(access.canView("alice", "OUT-1")).thenReturn(true);

        // when / then
        assertTrue(condition.shouldDisplay(contextOf("OUT-1")));
    }

    @Test
    public void hidesFromAUserWhoMayNotBrowseIt() {
        // given
        when(access.currentUser()).thenReturn(Optional.of("bob"));
        when(access.canView("bob", "OUT-1")).thenReturn(false);

        // when / then
        assertFalse(condition.shouldDisplay(contextOf("OUT-1")));
    }

    @Test
    public void hidesFromAnonymousViewersWithoutAskingForPermissions() {
        // given
        when(access.currentUser()).thenReturn(Optional.empty());

        // when
        boolean shown = condition.shouldDisplay(contextOf("OUT-1"));

        // then
        assertFalse(shown);
        verify(access, never()).canView(any(), any());
    }

    @Test
    public void hidesWhenTheContextHasNoIssue() {
        when(access.currentUser()).thenReturn(Optional.of("alice"));

        assertFalse(condition.shouldDisplay(Map.of()));
    }
}
