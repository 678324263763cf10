package com.outcomes.jira.page;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.jira.JiraViewer;
import com.outcomes.port.Templates;
import com.outcomes.rest.HttpRules;
import com.outcomes.view.I18n;

/**
 * What the plugin's server-rendered pages (sprint review, "What we learned", outcome tree and calibration) share:
 * DESIGN §5's transport rules, Jira's login for anonymous viewers, the viewer's language and base URL, and core's
 * template printed inside the plugin's Jira-decorated page template. Each servlet keeps only its parameter, its
 * service call and its templates.
 */
@Named
public class JiraPages {

    private final JiraViewer viewer;
    private final Templates templates;
    private final LoginUriProvider loginUris;
    private final PageBuilderService pageBuilder;

    /** @param templates the plugin's {@code VelocityTemplates} (Jira's TemplateRenderer over this bundle) */
    @Inject
    public JiraPages(JiraViewer viewer, Templates templates,
                     @ComponentImport LoginUriProvider loginUris,
                     @ComponentImport PageBuilderService pageBuilder) {
        this.viewer = viewer;
        this.templates = templates;
        this.loginUris = loginUris;
        this.pageBuilder = pageBuilder;
    }

    /**
     * DESIGN §5 on a page whatever Jira's own settings: {@code TRACE}/{@code TRACK} are 405 (never echoed), and the
     * page may be framed only by Jira itself. The frame rule is added as a further CSP header, which browsers enforce
     * together with any policy Jira sends, so it can only narrow Jira's, never replace it.
     *
     * @return false when the request is answered already (405), true when the servlet should serve it
     */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (HttpRules.isTrace(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return false;
        }
        if (!response.containsHeader("X-Frame-Options")) {
            response.setHeader("X-Frame-Options", HttpRules.FRAME_OPTIONS);
        }
        response.addHeader("Content-Security-Policy", HttpRules.FRAME_ANCESTORS);
        return true;
    }

    /** What one page puts in its template's context for a logged-in viewer; answers the page's status code. */
    @FunctionalInterface
    public interface Content {
        int fill(String user, I18n i18n, Map<String, Object> page);
    }

    /**
     * Answers a GET of a page. An anonymous viewer is sent to Jira's login page, which brings them back to this page
     * with its query. For a logged-in viewer, {@code content} fills {@code pageTemplate}'s context (holding
     * {@code $i18n} in the viewer's language) and the page is written with the status it answers, Jira being asked
     * for {@code webResource}.
     */
    public void get(HttpServletRequest request, HttpServletResponse response, String webResource, String pageTemplate,
                    Content content) throws IOException {
        Optional<String> user = viewer.user();
        if (user.isEmpty()) {
            response.sendRedirect(loginUris.getLoginUri(requestUri(request)).toASCIIString());
            return;
        }
        I18n i18n = viewer.i18n();
        Map<String, Object> page = new HashMap<>();
        page.put("i18n", i18n);
        int status = content.fill(user.get(), i18n, page);
        pageBuilder.assembler().resources().requireWebResource(webResource);
        String html = templates.render(pageTemplate, page);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    /** Jira's context path links are built on ("" or "/jira"). */
    public String baseUrl() {
        return viewer.baseUrl();
    }

    /**
     * Core's {@code template} over {@code view}; the result ends in Html where it is put in the page's context, since
     * Jira prints it as markup (its text was escaped once, inside).
     */
    public String render(String template, Object view, I18n i18n) {
        return templates.render(template, Map.of("view", view, "i18n", i18n));
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
