package com.outcomes.jira.tree;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.outcomes.OutcomesCore;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.NotFoundException;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.WebResources;
import com.outcomes.jira.page.JiraPageServlet;
import com.outcomes.jira.page.JiraPages;
import com.outcomes.view.Html;
import com.outcomes.view.I18n;

/**
 * The outcome tree, {@code /plugins/servlet/outcomes/tree?projectKey=KEY}, and the project's RICE calibration,
 * {@code /plugins/servlet/outcomes/calibration?projectKey=KEY}: core's {@code templates/tree.vm} /
 * {@code templates/calibration.vm} inside a Jira-decorated page. Without a project key 400, a project the viewer may
 * not browse 404, each with a sentence; anonymous viewers go to Jira's login page and come back here.
 */
public class OutcomeTreeServlet extends JiraPageServlet {

    static final String PAGE_TEMPLATE = "templates/jira/tree-page.vm";
    static final String TREE_TEMPLATE = "templates/tree.vm";
    static final String CALIBRATION_TEMPLATE = "templates/calibration.vm";
    static final String CALIBRATION_PATH = "/outcomes/calibration";

    private static final long serialVersionUID = 1L;

    @Inject
    public OutcomeTreeServlet(JiraOutcomesCore core, JiraPages pages) {
        super(core, pages);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean calibration = request.getRequestURI() != null && request.getRequestURI().endsWith(CALIBRATION_PATH);
        pages.get(request, response, calibration ? WebResources.CALIBRATION : WebResources.STYLES, PAGE_TEMPLATE,
                (user, i18n, page) -> body(request, calibration, user, i18n, page));
    }

    /** Puts the project's tree or calibration, or a sentence saying why not, in the page; answers its status. */
    private int body(HttpServletRequest request, boolean calibration, String user, I18n i18n, Map<String, Object> page) {
        String raw = request.getParameter("projectKey");
        String project = raw == null ? "" : raw.trim();
        page.put("projectKeyHtml", Html.escape(project));
        page.put("titleHtml", i18n.textHtml(calibration ? "outcomes.calibration.title" : "outcomes.tree.title", project));

        OutcomesCore outcomes = core.core();
        String base = pages.baseUrl() + "/plugins/servlet";
        String query = "?projectKey=" + URLEncoder.encode(project, StandardCharsets.UTF_8);
        try {
            LocalDate today = LocalDate.now(outcomes.clock());
            Object view = calibration
                    ? outcomes.calibrationViews(i18n).view(outcomes.calibration().calibration(user, project, today),
                            pages.baseUrl(), base + "/outcomes/tree" + query)
                    : outcomes.treeViews(i18n).view(outcomes.tree().tree(user, project, today), pages.baseUrl(),
                            base + CALIBRATION_PATH + query);
            // ends in Html: Jira prints the rendered body as markup (its text was escaped once, inside)
            page.put("bodyHtml", pages.render(calibration ? CALIBRATION_TEMPLATE : TREE_TEMPLATE, view, i18n));
            return HttpServletResponse.SC_OK;
        } catch (ValidationException e) {
            page.put("alertHtml", i18n.textHtml("outcomes.tree.projectRequired"));
            return HttpServletResponse.SC_BAD_REQUEST;
        } catch (NotFoundException e) {
            page.put("alertHtml", i18n.textHtml("outcomes.error.projectNotFound", project));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }
}
