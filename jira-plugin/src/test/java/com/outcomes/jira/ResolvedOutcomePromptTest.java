package com.outcomes.jira;

import static com.outcomes.jira.JiraFixtures.issue;
import static com.outcomes.jira.JiraFixtures.user;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Before;
import org.junit.Test;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.outcomes.jira.sprint.SprintDirectory;
import com.outcomes.port.IssueRef;
import com.outcomes.service.IssuePanel;
import com.outcomes.view.I18n;
import com.outcomes.view.IssuePanelView;
import com.outcomes.view.IssuePanelViewFactory;

/**
 * How an Outcome's panel in Jira knows its issue is resolved (DESIGN §3b: closing is offered, never forced): the one
 * {@code IssueManager} lookup that finds the issue also tells its resolution date, so no further call is made.
 */
public class ResolvedOutcomePromptTest {

    private final IssueManager issues = mock(IssueManager.class);
    private final SearchService search = mock(SearchService.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private JiraWorkTracker tracker;

    @Before
    public void setUp() {
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(mock(CustomField.class)));
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        var alice = user("alice"); // built before stubbing: it stubs a mock of its own
        when(authentication.getLoggedInUser()).thenReturn(alice);
        SprintDirectory sprints = mock(SprintDirectory.class);
        when(sprints.sprint(anyLong())).thenReturn(Optional.empty());
        tracker = new JiraWorkTracker(search, issues, links, customFields, authentication, sprints);
    }

    @Test
    public void aResolvedOutcomeIsToldByTheSameOneLookupThatFindsIt() throws Exception {
        // given an Outcome issue with a resolution date
        MutableIssue outcome = issue("SHOP-2", "Outcome");
        when(outcome.getResolutionDate()).thenReturn(Timestamp.valueOf("2026-11-12 09:30:00"));
        when(issues.getIssueByCurrentKey("SHOP-2")).thenReturn(outcome);

        // when
        IssueRef ref = tracker.issue("SHOP-2").orElseThrow();

        // then
        assertTrue(ref.resolved());
        verify(issues, times(1)).getIssueByCurrentKey("SHOP-2");
        verify(search, never()).search(any(), any(), any());
        verify(search, never()).parseQuery(any(), anyString());
    }

    @Test
    public void anUnresolvedOutcomeIsNotResolved() {
        MutableIssue outcome = issue("SHOP-2", "Outcome");
        when(outcome.getResolutionDate()).thenReturn(null);
        when(issues.getIssueByCurrentKey("SHOP-2")).thenReturn(outcome);

        assertFalse(tracker.issue("SHOP-2").orElseThrow().resolved());
    }

    @Test
    public void theEditorsPanelOfAResolvedOpenOutcomePromptsToCloseItButNeverClosesIt() {
        // given
        MutableIssue outcome = issue("SHOP-2", "Outcome");
        when(outcome.getResolutionDate()).thenReturn(Timestamp.valueOf("2026-11-12 09:30:00"));
        when(issues.getIssueByCurrentKey("SHOP-2")).thenReturn(outcome);
        IssueRef ref = tracker.issue("SHOP-2").orElseThrow();

        // when the panel shapes the open outcome for an editor, and for a viewer
        IssuePanelViewFactory views = new IssuePanelViewFactory(I18n.english(), java.time.ZoneOffset.UTC);
        IssuePanelView editor = views.view(new IssuePanel(ref, LocalDate.of(2026, 11, 20), true, List.of(), List.of(),
                List.of(), null, List.of()), "/jira");
        IssuePanelView viewer = views.view(new IssuePanel(ref, LocalDate.of(2026, 11, 20), false, List.of(), List.of(),
                List.of(), null, List.of()), "/jira");

        // then the editor is asked, the outcome stays open, and a viewer is not asked
        assertTrue(editor.getLifecycle().isResolvedPrompt());
        assertTrue(editor.getLifecycle().isCanClose());
        assertFalse(editor.getLifecycle().isClosed());
        assertFalse(viewer.getLifecycle().isResolvedPrompt());
    }
}
