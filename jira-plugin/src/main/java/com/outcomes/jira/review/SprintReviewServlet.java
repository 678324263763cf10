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
import com.outcomes.view.SprintReviewView;

/**
 * The sprint review page, {@code /plugins/servlet/outcomes/sprint-review?sprintId=…}: core's
 * {@code templates/sprint-review.vm} inside a Jira-decorated page. Without a sprint id it asks for one; an id
 * that is not a number answers 400, an unknown sprint (or one the viewer may not see) 404, both with the form
 * again so the user can correct it. Anonymous viewers are sent to Jira's login page and come back here.
 */
public class SprintReviewServlet extends HttpServlet {

    static final String PAGE_TEMPLATE = "templates/jira/sprint-review-page.vm";
    static final String REVIEW_TEMPLATE = "templates/sprint-review.vm";
    /** The descriptor's web resource with core's CSS alone (the review runs no script). */
    static final String STYLES = WebResources.STYLES;

    private static final long serialVersionUID = 1L;

    // Servlets are not serialized by Jira's plugin system; transient keeps the serialization lint honest.
    private final transient JiraOutcomesCore core;
    private final transient JiraViewer viewer;
    private final transient Templates templates;
    private final transient LoginUriProvider loginUris;
    private final transient PageBuilderService pageBuilder;

    /** @param templates the plugin's {@code VelocityTemplates} (Jira's TemplateRenderer over this bundle) */
    @Inject
    public SprintReviewServlet(JiraOutcomesCore core, JiraViewer viewer, Templates templates,
                               @ComponentImport LoginUriProvider loginUris,
                               @ComponentImport PageBuilderService pageBuilder) {
        this.core = core;
        this.viewer = viewer;
        this.templates = templates;
        this.loginUris = loginUris;
        this.pageBuilder = pageBuilder;
    }

    /**
     * DESIGN §5 on this page whatever Jira's own settings: {@code TRACE}/{@code TRACK} are 405 (never echoed), and the
     * page may be framed only by Jira itself. The frame rule is added as a further CSP header, which browsers enforce
     * together with any policy Jira sends, so it can only narrow Jira's, never replace it.
     */
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
            response.sendRedirect(loginUris.getLoginUri(requestUri(request)).toASCIIString());
            return;
        }
        I18n i18n = viewer.i18n();
        Map<String, Object> page = new HashMap<>();
        page.put("i18n", i18n);
        String projectKey = request.getParameter("projectKey");
        if (projectKey != null && !projectKey.isBlank()) {
            page.put("projectKeyHtml", Html.escape(projectKey.trim()));
        }
        String rawId = request.getParameter("sprintId");
        page.put("sprintIdHtml", rawId == null ? "" : Html.escape(rawId.trim()));

        int status = HttpServletResponse.SC_OK;
        if (rawId != null && !rawId.isBlank()) {
            Long sprintId = parseId(rawId.trim());
            if (sprintId == null) {
                status = HttpServletResponse.SC_BAD_REQUEST;
                page.put("invalid", Boolean.TRUE);
            } else {
                try {
                    SprintReviewView view = core.core().sprintReviewViews(i18n)
                            .view(core.core().sprintReview().review(user.get(), sprintId), viewer.baseUrl());
                    // ends in Html: Jira prints the rendered review as markup (its text was escaped once, inside)
                    page.put("reviewHtml", templates.render(REVIEW_TEMPLATE, Map.of("view", view, "i18n", i18n)));
                } catch (NotFoundException e) {
                    status = HttpServletResponse.SC_NOT_FOUND;
                    page.put("notFound", Boolean.TRUE);
                }
            }
        }

        pageBuilder.assembler().resources().requireWebResource(STYLES);
        String html = templates.render(PAGE_TEMPLATE, page);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    /** Positive sprint ids only; anything else is the user's typing error, not a lookup. */
    private static Long parseId(String raw) {
        try {
            long id = Long.parseLong(raw);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where the login page should send the user back to: this page with its query. */
    private static URI requestUri(HttpServletRequest request) {
        String page = request.getRequestURL().toString();
        if (request.getQueryString() != null) {
            try {
                return URI.create(page + "?" + request.getQueryString());
            } catch (IllegalArgumentException e) {
                // a hand-typed query that is not a valid URI: come back to the page without it
            }
        }
        return URI.create(page);
    }
}
