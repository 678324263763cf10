package com.outcomes.jira.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.Test;
import org.mockito.Mockito;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.jira.page.JiraPages;
import com.outcomes.port.Templates;

/** DESIGN §5 on the plugin's one page: TRACE/TRACK are 405 and never echoed; the page may be framed only by Jira. */
public class SprintReviewServletTransportTest {

    private final JiraViewer viewer = mock(JiraViewer.class);
    private final Templates templates = mock(Templates.class);
    private final LoginUriProvider logins = mock(LoginUriProvider.class);
    private final SprintReviewServlet servlet = new SprintReviewServlet(mock(JiraOutcomesCore.class),
            new JiraPages(viewer, templates, logins, mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS)));

    @Test
    public void traceAndTrackAre405AndEchoNothing() throws Exception {
        for (String method : new String[] {"TRACE", "TRACK", "trace"}) {
            // given
            HttpServletRequest request = request(method);
            HttpServletResponse response = mock(HttpServletResponse.class);

            // when
            servlet.service(request, response);

            // then
            verify(response).sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            verify(response, never()).getWriter();
            verify(response, never()).getOutputStream();
        }
    }

    @Test
    public void thePageMayBeFramedOnlyBySameOriginAddingToJirasOwnPolicy() throws Exception {
        // given a logged-in viewer
        when(viewer.user()).thenReturn(Optional.of("alice"));
        when(viewer.i18n()).thenReturn(com.outcomes.view.I18n.english());
        when(templates.render(anyString(), any())).thenReturn("<p>review</p>");
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        // when
        servlet.service(request("GET"), response);

        // then
        verify(response).setHeader("X-Frame-Options", "SAMEORIGIN");
        verify(response).addHeader("Content-Security-Policy", "frame-ancestors 'self'");
        verify(response, never()).setHeader(Mockito.eq("Content-Security-Policy"), anyString());
    }

    @Test
    public void framingOptionsJiraAlreadySetAreKept() throws Exception {
        // given Jira's own filter has set X-Frame-Options already (an anonymous viewer is enough here)
        when(viewer.user()).thenReturn(Optional.empty());
        when(logins.getLoginUri(any(URI.class))).thenReturn(URI.create("https://jira.example.com/login.jsp"));
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.containsHeader("X-Frame-Options")).thenReturn(true);

        // when
        servlet.service(request("GET"), response);

        // then
        verify(response, never()).setHeader(Mockito.eq("X-Frame-Options"), anyString());
    }

    private static HttpServletRequest request(String method) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/plugins/servlet/outcomes/sprint-review"));
        return request;
    }
}
