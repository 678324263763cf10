package com.outcomes.jira.rest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.Test;

import com.outcomes.jira.JiraAccessPolicy;
import com.outcomes.jira.JiraCaches;
import com.outcomes.jira.JiraIssueCounter;
import com.outcomes.jira.JiraIssueLinks;
import com.outcomes.jira.JiraMailer;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.jira.JiraWorkTracker;
import com.outcomes.jira.store.JiraStoreDatabase;
import com.outcomes.port.IssueRef;
import com.outcomes.service.Dashboard;
import com.outcomes.service.OutcomeRow;
import com.outcomes.service.Output;
import com.outcomes.view.StrictVelocity;

/**
 * The gadget's content as the plugin's {@code /dashboard/view} renders it: with the plugin's templates (here Velocity
 * escaping like Jira's TemplateRenderer), in the language of whoever asks, with links on Jira's context path.
 */
public class DashboardViewInJiraTest {

    @Test
    public void gadgetContentIsRenderedForEachRequestsViewerWithLinksOnJirasContextPath() {
        // given a viewer on a Jira served at /jira
        JiraViewer viewer = mock(JiraViewer.class);
        when(viewer.baseUrl()).thenReturn("/jira");
        JiraAccessPolicy access = mock(JiraAccessPolicy.class);
        when(access.locale()).thenReturn(Locale.ENGLISH);
        JiraOutcomesCore core = new JiraOutcomesCore(mock(JiraStoreDatabase.class), mock(JiraWorkTracker.class),
                access, StrictVelocity.escapingLikeJira(), viewer, mock(JiraIssueCounter.class), mock(JiraMailer.class),
                mock(JiraIssueLinks.class), mock(JiraCaches.class));
        Dashboard answer = new Dashboard(LocalDate.of(2026, 11, 20), 12, List.of(), List.of(new OutcomeRow(
                new IssueRef("OUT-2", "Customers <b>love</b> us", "OUT", IssueRef.OUTCOME), List.of(),
                new Output(List.of(), 0, List.of()), List.of(), List.of())));

        // when two requests are answered
        String html = core.dashboardHtml().render(answer, null);
        core.dashboardHtml().render(answer, "OUT-2");

        // then each asked for its viewer's language, and the page links into Jira, its text escaped once
        verify(access, times(2)).locale();
        verify(viewer, times(2)).baseUrl();
        assertThat(html, containsString("<a class=\"oc-key\" href=\"/jira/browse/OUT-2\">OUT-2</a>"
                + "<span>Customers &lt;b&gt;love&lt;/b&gt; us</span>"));
        assertThat(html, containsString("<h2 class=\"oc-h2\">Outcomes vs Output</h2>"));
    }
}
