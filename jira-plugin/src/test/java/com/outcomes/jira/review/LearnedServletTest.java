package com.outcomes.jira.review;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.Before;
import org.junit.Test;

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.error.NotFoundException;
import com.outcomes.jira.page.JiraPageRequest;
import com.outcomes.port.IssueRef;
import com.outcomes.service.ClosedOutcome;
import com.outcomes.service.LifecycleService;
import com.outcomes.view.I18n;
import com.outcomes.view.LearnedViewFactory;
import com.outcomes.view.StrictVelocity;

public class LearnedServletTest {

    private final LifecycleService lifecycle = mock(LifecycleService.class);
    private final I18n i18n = I18n.english();
    private final JiraPageRequest jira = new JiraPageRequest(i18n,
            "https://jira.example.com/jira/plugins/servlet/outcomes/learned");
    private final LearnedServlet servlet = new LearnedServlet(jira.core, jira.pages(new StrictVelocity()));

    @Before
    public void loggedInAlice() throws Exception {
        when(jira.outcomes.lifecycle()).thenReturn(lifecycle);
        when(jira.outcomes.learnedViews(i18n)).thenReturn(new LearnedViewFactory(i18n, ZoneOffset.UTC));
    }

    @Test
    public void rendersTheProjectsClosedOutcomesInADecoratedPage() throws Exception {
        // given
        when(jira.request.getParameter("projectKey")).thenReturn("OUT");
        when(lifecycle.closed("alice", "OUT")).thenReturn(List.of(new ClosedOutcome(
                new IssueRef("OUT-2", "Happier <customers>", "OUT", IssueRef.OUTCOME),
                new Closure("OUT-2", OutcomeResult.MISSED, "Chat <b>did not</b> move CSAT", LocalDate.of(2026, 11, 10),
                        "alice", 0.25))));

        // when
        servlet.doGet(jira.request, jira.response);

        // then
        verify(jira.response).setStatus(200);
        String html = jira.body.toString();
        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.general\">"));
        assertThat(html, containsString("<a class=\"oc-key\" href=\"/jira/browse/OUT-2\">OUT-2</a>"));
        assertThat(html, containsString("Happier &lt;customers&gt;"));
        assertThat(html, containsString("Chat &lt;b&gt;did not&lt;/b&gt; move CSAT"));
        verify(jira.pageBuilder.assembler().resources()).requireWebResource(LearnedServlet.STYLES);
    }

    @Test
    public void anUnknownProjectIs404AndNoProjectIs400() throws Exception {
        when(jira.request.getParameter("projectKey")).thenReturn("NOPE");
        when(lifecycle.closed("alice", "NOPE")).thenThrow(new NotFoundException("outcomes.error.projectNotFound", "NOPE"));
        servlet.doGet(jira.request, jira.response);
        verify(jira.response).setStatus(404);
        assertThat(jira.body.toString(), containsString("data-role=\"not-found\""));

        HttpServletResponse second = mock(HttpServletResponse.class);
        StringWriter secondBody = new StringWriter();
        when(second.getWriter()).thenReturn(new PrintWriter(secondBody));
        when(jira.request.getParameter("projectKey")).thenReturn(null);
        servlet.doGet(jira.request, second);
        verify(second).setStatus(400);
        assertThat(secondBody.toString(), containsString("data-role=\"missing\""));
    }

    @Test
    public void anonymousViewersAreSentToLogIn() throws Exception {
        when(jira.viewer.user()).thenReturn(Optional.empty());
        when(jira.loginUris.getLoginUri(any())).thenReturn(URI.create("/jira/login.jsp"));

        servlet.doGet(jira.request, jira.response);

        verify(jira.response).sendRedirect("/jira/login.jsp");
        verify(lifecycle, never()).closed(any(), any());
    }

    @Test
    public void anonymousViewerWithAQueryThatIsNotAUriComesBackToThePageWithoutIt() throws Exception {
        // given a hand-typed query a URI may not carry (it used to fail this page; the other pages already did this)
        when(jira.viewer.user()).thenReturn(Optional.empty());
        when(jira.request.getQueryString()).thenReturn("projectKey=OUT KEY");
        URI back = URI.create("https://jira.example.com/jira/plugins/servlet/outcomes/learned");
        when(jira.loginUris.getLoginUri(back)).thenReturn(URI.create("/jira/login.jsp"));

        // when
        servlet.doGet(jira.request, jira.response);

        // then
        verify(jira.response).sendRedirect("/jira/login.jsp");
        verify(lifecycle, never()).closed(any(), any());
    }
}
