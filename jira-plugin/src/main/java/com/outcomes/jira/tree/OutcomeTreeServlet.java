package com.outcomes.jira.tree;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import com.outcomes.OutcomesCore;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.jira.WebResources;
import com.outcomes.port.Templates;
import com.outcomes.rest.HttpRules;
import com.outcomes.view.Html;
import com.outcomes.view.I18n;

/**
 * The outcome tree, {@code /plugins/servlet/outcomes/tree?projectKey=KEY}, and the project's RICE calibration,
 * {@code /plugins/servlet/outcomes/calibration?projectKey=KEY}: core's {@code templates/tree.vm} /
 * {@code templates/calibration.vm} inside a Jira-decorated page. Without a project key 400, a project the viewer may
 * not browse 404, each with a sentence; anonymous viewers go to Jira's login page and come back here.
 */
public class OutcomeTreeServlet extends HttpServlet {

    static final String PAGE_TEMPLATE = "templates/jira/tree-page.vm";
    static final String TREE_TEMPLATE = "templates/tree.vm";
    static final String CALIBRATION_TEMPLATE = "templates/calibration.vm";
    static final String CALIBRATION_PATH = "/outcomes/calibration";

    private static final long serialVersionUID = 1L;

    private final transient JiraOutcomesCore core;
    private final transient JiraViewer viewer;
    private final transient Templates templates;
    private final transient LoginUriProvider loginUris;
    private final transient PageBuilderService pageBuilder;

    @Inject
    public OutcomeTreeServlet(JiraOutcomesCore core, JiraViewer viewer, Templates templates,
                              @ComponentImport LoginUriProvider loginUris,
                              @ComponentImport PageBuilderService pageBuilder) {
        this.core = core;
        this.viewer = viewer;
        this.templates = templates;
        this.loginUris = loginUris;
        this.pageBuilder = pageBuilder;
    }

    /** DESIGN §5 whatever Jira's settings: TRACE/TRACK 405, framed only by Jira itself (as the sprint review page). */
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
        boolean calibration = request.getRequestURI() != null && request.getRequestURI().endsWith(CALIBRATION_PATH);
        String raw = request.getParameter("projectKey");
        String project = raw == null ? "" : raw.trim();
        Map<String, Object> page = new HashMap<>();
        page.put("i18n", i18n);
        page.put("projectKeyHtml", Html.escape(project));
        page.put("titleHtml", i18n.textHtml(calibration ? "outcomes.calibration.title" : "outcomes.tree.title", project));

        int status = HttpServletResponse.SC_OK;
        OutcomesCore outcomes = core.core();
        String base = viewer.baseUrl() + "/plugins/servlet";
        String query = "?projectKey=" + URLEncoder.encode(project, StandardCharsets.UTF_8);
        try {
            LocalDate today = LocalDate.now(outcomes.clock());
            Object view = calibration
                    ? outcomes.calibrationViews(i18n).view(outcomes.calibration().calibration(user.get(), project, today),
                            viewer.baseUrl(), base + "/outcomes/tree" + query)
                    : outcomes.treeViews(i18n).view(outcomes.tree().tree(user.get(), project, today), viewer.baseUrl(),
                            base + CALIBRATION_PATH + query);
            // ends in Html: Jira prints the rendered body as markup (its text was escaped once, inside)
            page.put("bodyHtml", templates.render(calibration ? CALIBRATION_TEMPLATE : TREE_TEMPLATE,
                    Map.of("view", view, "i18n", i18n)));
        } catch (ValidationException e) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            page.put("alertHtml", i18n.textHtml("outcomes.tree.projectRequired"));
        } catch (NotFoundException e) {
            status = HttpServletResponse.SC_NOT_FOUND;
            page.put("alertHtml", i18n.textHtml("outcomes.error.projectNotFound", project));
        }
        pageBuilder.assembler().resources().requireWebResource(calibration ? WebResources.CALIBRATION : WebResources.STYLES);
        String html = templates.render(PAGE_TEMPLATE, page);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
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
