package com.outcomes.jira.panel;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Before;
import org.junit.Test;
import org.mockito.Mockito;

import com.atlassian.jira.issue.Issue;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.view.StrictVelocity;
import com.outcomes.OutcomesCore;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.jira.WebResources;

import com.outcomes.view.EpicLine;
import com.outcomes.view.RiceLine;
import com.outcomes.view.I18n;
import com.outcomes.view.IssuePanelView;
import com.outcomes.view.IssuePanelViewFactory;
import com.outcomes.service.IssuePanel;
import com.outcomes.service.IssuePanelService;

public class OutcomePanelContextProviderTest {

    private final JiraOutcomesCore core = mock(JiraOutcomesCore.class);
    private final JiraViewer viewer = mock(JiraViewer.class);
    private final OutcomesCore outcomes = mock(OutcomesCore.class);
    private final IssuePanelService service = mock(IssuePanelService.class);
    private final IssuePanelViewFactory factory = mock(IssuePanelViewFactory.class);
    private final I18n i18n = I18n.english();
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS);
    private final OutcomePanelContextProvider provider = new OutcomePanelContextProvider(core, viewer, pageBuilder);
    private Map<String, Object> jiraContext;

    @Before
    public void viewerAliceOnOut2() {
        when(viewer.user()).thenReturn(Optional.of("alice"));
        when(viewer.i18n()).thenReturn(i18n);
        when(viewer.baseUrl()).thenReturn("/jira");
        when(core.core()).thenReturn(outcomes);
        when(outcomes.issuePanel()).thenReturn(service);
        when(outcomes.issuePanelViews(i18n)).thenReturn(factory);
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("OUT-2");
        jiraContext = Map.of("issue", issue); // Jira's map may be unmodifiable
    }

    /** The view the provider puts for alice on OUT-2: core's answer for her, as the view factory shapes it. */
    private IssuePanelView viewOfOut2ForAlice() {
        IssuePanel answer = mock(IssuePanel.class);
        when(service.panel("alice", "OUT-2")).thenReturn(answer);
        return factory.view(answer, "/jira");
    }

    @Test
    public void putsTheViewModelForTheViewerAndTheTranslationsUnderTheTemplateKeys() {
        // given
        IssuePanelView view = new IssuePanelView("OUT-2", "/jira", true, List.of(), List.of(), List.of(), List.of(), "{}");
        when(viewOfOut2ForAlice()).thenReturn(view);

        // when
        Map<String, Object> context = provider.getContextMap(jiraContext);

        // then
        assertSame(view, context.get("view"));
        assertSame(i18n, context.get("i18n"));
        assertSame(jiraContext.get("issue"), context.get("issue"));
    }

    @Test
    public void contextRendersCoresOutcomeTemplate() {
        // given
        when(viewOfOut2ForAlice()).thenReturn(new IssuePanelView("OUT-2", "/jira", true,
                List.of(), List.of(), List.of(new RiceLine(new EpicLine("EP-1", "Faster answers", "/jira/browse/EP-1", 3, 8),
                        null, List.of(), null, null, null)),
                List.of(), "{}"));

        // when: the real template, in strict mode, with exactly the provider's context
        String html = new StrictVelocity().render("templates/outcome-panel.vm", provider.getContextMap(jiraContext));

        // then
        assertThat(html, containsString("data-issue-key=\"OUT-2\" data-base-url=\"/jira\""));
        assertThat(html, containsString("<a class=\"oc-key\" href=\"/jira/browse/EP-1\">EP-1</a>Faster answers"));
        assertThat(html, containsString("3 / 8 done"));
    }

    @Test
    public void renderingThePanelRequiresItsScriptForThisPageOnly() {
        // given
        when(viewOfOut2ForAlice()).thenReturn(
                new IssuePanelView("OUT-2", "/jira", true, List.of(), List.of(), List.of(), List.of(), "{}"));

        // when
        provider.getContextMap(jiraContext);

        // then: the charts' resource (Chart.js, core's helpers, styles) joins this page; it is bound to no context
        verify(pageBuilder.assembler().resources()).requireWebResource("com.outcomes.outcomes-jira-plugin:outcomes-issue-panel");
    }

    @Test
    public void panelThatCannotBeBuiltRequiresNothing() {
        // given
        when(viewer.user()).thenReturn(Optional.empty());

        // when
        try {
            provider.getContextMap(jiraContext);
        } catch (IllegalStateException expected) {
            // the wiring error of the test below
        }

        // then
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(WebResources.ISSUE_PANEL);
    }

    @Test(expected = IllegalStateException.class)
    public void anonymousViewerIsAWiringErrorNotAnEmptyPanel() {
        when(viewer.user()).thenReturn(Optional.empty());

        provider.getContextMap(jiraContext);
    }

    @Test(expected = IllegalStateException.class)
    public void contextWithoutAnIssueIsAWiringError() {
        provider.getContextMap(Map.of());
    }
}
