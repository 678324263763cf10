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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.Before;
import org.junit.Test;
import org.mockito.Mockito;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.OutcomesCore;
import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;
import com.outcomes.error.NotFoundException;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.port.IssueRef;
import com.outcomes.service.ClosedOutcome;
import com.outcomes.service.LifecycleService;
import com.outcomes.view.I18n;
import com.outcomes.view.LearnedViewFactory;
import com.outcomes.view.StrictVelocity;

public class LearnedServletTest {

    private final JiraOutcomesCore core = mock(JiraOutcomesCore.class);
    private final JiraViewer viewer = mock(JiraViewer.class);
    private final OutcomesCore outcomes = mock(OutcomesCore.class);
    private final LifecycleService lifecycle = mock(LifecycleService.class);
    private final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS);
    private final I18n i18n = I18n.english();
    private final LearnedServlet servlet = new LearnedServlet(core, viewer, new StrictVelocity(), loginUris, pageBuilder);

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    @Before
    public void loggedInAlice() throws Exception {
        when(viewer.user()).thenReturn(Optional.of("alice"));
        when(viewer.i18n()).thenReturn(i18n);
        when(viewer.baseUrl()).thenReturn("/jira");
        when(core.core()).thenReturn(outcomes);
        when(outcomes.lifecycle()).thenReturn(lifecycle);
        when(outcomes.learnedViews(i18n)).thenReturn(new LearnedViewFactory(i18n, ZoneOffset.UTC));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira/plugins/servlet/outcomes/learned"));
    }

    @Test
    public void rendersTheProjectsClosedOutcomesInADecoratedPage() throws Exception {
        // given
        when(request.getParameter("projectKey")).thenReturn("OUT");
        when(lifecycle.closed("alice", "OUT")).thenReturn(List.of(new ClosedOutcome(
                new IssueRef("OUT-2", "Happier <customers>", "OUT", IssueRef.OUTCOME),
                new Closure("OUT-2", OutcomeResult.MISSED, "Chat <b>did not</b> move CSAT", LocalDate.of(2026, 11, 10),
                        "alice", 0.25))));

        // when
        servlet.doGet(request, response);

        // then
        verify(response).setStatus(200);
        String html = body.toString();
        assertThat(html, containsString("<meta name=\"decorator\" content=\"atl.general\">"));
        assertThat(html, containsString("<a class=\"oc-key\" href=\"/jira/browse/OUT-2\">OUT-2</a>"));
        assertThat(html, containsString("Happier &lt;customers&gt;"));
        assertThat(html, containsString("Chat &lt;b&gt;did not&lt;/b&gt; move CSAT"));
        verify(pageBuilder.assembler().resources()).requireWebResource(LearnedServlet.STYLES);
    }

    @Test
    public void anUnknownProjectIs404AndNoProjectIs400() throws Exception {
        when(request.getParameter("projectKey")).thenReturn("NOPE");
        when(lifecycle.closed("alice", "NOPE")).thenThrow(new NotFoundException("outcomes.error.projectNotFound", "NOPE"));
        servlet.doGet(request, response);
        verify(response).setStatus(404);
        assertThat(body.toString(), containsString("data-role=\"not-found\""));

        HttpServletResponse second = mock(HttpServletResponse.class);
        StringWriter secondBody = new StringWriter();
        when(second.getWriter()).thenReturn(new PrintWriter(secondBody));
        when(request.getParameter("projectKey")).thenReturn(null);
        servlet.doGet(request, second);
        verify(second).setStatus(400);
        assertThat(secondBody.toString(), containsString("data-role=\"missing\""));
    }

    @Test
    public void anonymousViewersAreSentToLogIn() throws Exception {
        when(viewer.user()).thenReturn(Optional.empty());
        when(loginUris.getLoginUri(any())).thenReturn(URI.create("/jira/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp");
        verify(lifecycle, never()).closed(any(), any());
    }
}
