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

import com.outcomes.view.EpicOutcomeLine;
import com.outcomes.view.EpicPanelView;
import com.outcomes.view.EpicPanelViewFactory;
import com.outcomes.service.EpicPanel;
import com.outcomes.service.EpicPanelService;
import com.outcomes.view.I18n;

public class EpicPanelContextProviderTest {

    private final JiraOutcomesCore core = mock(JiraOutcomesCore.class);
    private final JiraViewer viewer = mock(JiraViewer.class);
    private final OutcomesCore outcomes = mock(OutcomesCore.class);
    private final EpicPanelService service = mock(EpicPanelService.class);
    private final EpicPanelViewFactory factory = mock(EpicPanelViewFactory.class);
    private final I18n i18n = I18n.english();
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS);
    private final EpicPanelContextProvider provider = new EpicPanelContextProvider(core, viewer, pageBuilder);
    private Map<String, Object> jiraContext;

    @Before
    public void viewerBobOnEpic7() {
        when(viewer.user()).thenReturn(Optional.of("bob"));
        when(viewer.i18n()).thenReturn(i18n);
        when(viewer.baseUrl()).thenReturn("");
        when(core.core()).thenReturn(outcomes);
        when(outcomes.epicPanel()).thenReturn(service);
        when(outcomes.epicPanelViews(i18n)).thenReturn(factory);
        Issue epic = mock(Issue.class);
        when(epic.getKey()).thenReturn("EP-7");
        jiraContext = Map.of("issue", epic);
    }

    /** The view the provider puts for bob on EP-7: core's answer for him, as the view factory shapes it. */
    private EpicPanelView viewOfEp7ForBob() {
        EpicPanel answer = mock(EpicPanel.class);
        when(service.panel("bob", "EP-7")).thenReturn(answer);
        return factory.view(answer, "");
    }

    @Test
    public void putsTheEpicViewModelForTheViewerAndTheTranslations() {
        // given
        EpicPanelView view = new EpicPanelView("EP-7", List.of());
        when(viewOfEp7ForBob()).thenReturn(view);

        // when
        Map<String, Object> context = provider.getContextMap(jiraContext);

        // then
        assertSame(view, context.get("view"));
        assertSame(i18n, context.get("i18n"));
    }

    @Test
    public void renderingThePanelRequiresOnlyTheStylesForThisPage() {
        // given
        when(viewOfEp7ForBob()).thenReturn(new EpicPanelView("EP-7", List.of()));

        // when
        provider.getContextMap(jiraContext);

        // then: CSS alone — the epic panel runs no script, so neither Chart.js nor the panel script comes along
        verify(pageBuilder.assembler().resources()).requireWebResource("com.outcomes.outcomes-jira-plugin:outcomes-styles");
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(WebResources.ISSUE_PANEL);
    }

    @Test
    public void contextRendersCoresEpicTemplate() {
        // given
        when(viewOfEp7ForBob()).thenReturn(new EpicPanelView("EP-7", List.of(new EpicOutcomeLine(
                "OUT-2", "Happier customers", "/browse/OUT-2", "CSAT: 75% \u2192 90% by 31 Dec 2026", "82%",
                "AT_RISK", "at risk", null))));

        // when
        String html = new StrictVelocity().render("templates/epic-panel.vm", provider.getContextMap(jiraContext));

        // then
        assertThat(html, containsString("data-issue-key=\"EP-7\""));
        assertThat(html, containsString("<li data-outcome-key=\"OUT-2\">"));
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-moved\" data-status=\"AT_RISK\">at risk</span>"));
    }
}
