package com.outcomes.jira.review;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.error.NotFoundException;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.jira.WebResources;
import com.outcomes.port.Templates;
import com.outcomes.rest.HttpRules;
import com.outcomes.view.Html;
import com.outcomes.view.I18n;
import com.outcomes.view.LearnedView;

/**
 * The "What we learned" page of a project (DESIGN §3b), {@code /plugins/servlet/outcomes/learned?projectKey=…}, linked
 * from the project sidebar: core's {@code templates/learned.vm} inside a Jira-decorated page. Without a project key
 * it is 400, an unknown project (or one the viewer may not browse) 404, both as a page saying so. Anonymous viewers
 * are sent to Jira's login page and come back here.
 */
public class LearnedServlet extends HttpServlet {

    static final String PAGE_TEMPLATE = "templates/jira/learned-page.vm";
    static final String LEARNED_TEMPLATE = "templates/learned.vm";
    static final String STYLES = WebResources.STYLES;

    private static final long serialVersionUID = 1L;

    private final transient JiraOutcomesCore core;
    private final transient JiraViewer viewer;
    private final transient Templates templates;
    private final transient LoginUriProvider loginUris;
    private final transient PageBuilderService pageBuilder;

    @Inject
    public LearnedServlet(JiraOutcomesCore core, JiraViewer viewer, Templates templates,
                          @ComponentImport LoginUriProvider loginUris,
                          @ComponentImport PageBuilderService pageBuilder) {
        this.core = core;
        this.viewer = viewer;
        this.templates = templates;
        this.loginUris = loginUris;
        this.pageBuilder = pageBuilder;
    }

    /** As the sprint review page: TRACE/TRACK 405, framed only by Jira itself. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (HttpRules.isTrace(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!response.containsHeader("X-Frame-Options")) {
            response.setHeader("X-Frame-Options", HttpRules.FRAME_OPTIONS);
        }
        response.addHeader("Content-Security-Policy", HttpRules.FRAME_ANCESTORS);
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> user = viewer.user();
        if (user.isEmpty()) {
            response.sendRedirect(loginUris.getLoginUri(URI.create(request.getRequestURL().toString()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()))).toASCIIString());
            return;
        }
        I18n i18n = viewer.i18n();
        Map<String, Object> page = new HashMap<>();
        page.put("i18n", i18n);
        String projectKey = request.getParameter("projectKey");
        int status = HttpServletResponse.SC_OK;
        if (projectKey == null || projectKey.isBlank()) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            page.put("missing", Boolean.TRUE);
        } else {
            String project = projectKey.trim();
            page.put("projectKeyHtml", Html.escape(project));
            try {
                LearnedView view = core.core().learnedViews(i18n)
                        .view(project, core.core().lifecycle().closed(user.get(), project), viewer.baseUrl());
                // ends in Html: Jira prints the rendered list as markup (its text was escaped once, inside)
                page.put("learnedHtml", templates.render(LEARNED_TEMPLATE, Map.of("view", view, "i18n", i18n)));
            } catch (NotFoundException e) {
                status = HttpServletResponse.SC_NOT_FOUND;
                page.put("notFound", Boolean.TRUE);
            }
        }
        pageBuilder.assembler().resources().requireWebResource(STYLES);
        String html = templates.render(PAGE_TEMPLATE, page);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
