package com.outcomes.jira.page;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mockito.Mockito;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.OutcomesCore;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.port.Templates;
import com.outcomes.view.I18n;

/**
 * A GET of one of the plugin's Jira pages, as the page servlets' tests start it: alice logged in at {@code /jira},
 * reading {@code i18n}, at {@code pageUrl}, with core behind {@link #outcomes} and the page written into {@link #body}.
 * Tests stub their own parameters and service answers on top.
 */
public final class JiraPageRequest {

    public final JiraOutcomesCore core = mock(JiraOutcomesCore.class);
    public final OutcomesCore outcomes = mock(OutcomesCore.class);
    public final JiraViewer viewer = mock(JiraViewer.class);
    public final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    public final PageBuilderService pageBuilder = mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS);
    public final HttpServletRequest request = mock(HttpServletRequest.class);
    public final HttpServletResponse response = mock(HttpServletResponse.class);
    public final StringWriter body = new StringWriter();

    public JiraPageRequest(I18n i18n, String pageUrl) {
        when(viewer.user()).thenReturn(Optional.of("alice"));
        when(viewer.i18n()).thenReturn(i18n);
        when(viewer.baseUrl()).thenReturn("/jira");
        when(core.core()).thenReturn(outcomes);
        when(request.getRequestURL()).thenReturn(new StringBuffer(pageUrl));
        try {
            when(response.getWriter()).thenReturn(new PrintWriter(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The pages' collaborator over these mocks, printing with {@code templates}. */
    public JiraPages pages(Templates templates) {
        return new JiraPages(viewer, templates, loginUris, pageBuilder);
    }
}
