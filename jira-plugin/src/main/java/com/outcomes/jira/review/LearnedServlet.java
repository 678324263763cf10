package com.outcomes.jira.review;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.outcomes.error.NotFoundException;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.WebResources;
import com.outcomes.jira.page.JiraPageServlet;
import com.outcomes.jira.page.JiraPages;
import com.outcomes.view.Html;
import com.outcomes.view.I18n;
import com.outcomes.view.LearnedView;

/**
 * The "What we learned" page of a project (DESIGN §3b), {@code /plugins/servlet/outcomes/learned?projectKey=…}, linked
 * from the project sidebar: core's {@code templates/learned.vm} inside a Jira-decorated page. Without a project key
 * it is 400, an unknown project (or one the viewer may not browse) 404, both as a page saying so. Anonymous viewers
 * are sent to Jira's login page and come back here.
 */
public class LearnedServlet extends JiraPageServlet {

    static final String PAGE_TEMPLATE = "templates/jira/learned-page.vm";
    static final String LEARNED_TEMPLATE = "templates/learned.vm";
    static final String STYLES = WebResources.STYLES;

    private static final long serialVersionUID = 1L;

    @Inject
    public LearnedServlet(JiraOutcomesCore core, JiraPages pages) {
        super(core, pages);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.get(request, response, STYLES, PAGE_TEMPLATE, (user, i18n, page) -> learned(request, user, i18n, page));
    }

    /** Puts the project's closed outcomes, or why there are none to show, in the page; answers its status. */
    private int learned(HttpServletRequest request, String user, I18n i18n, Map<String, Object> page) {
        String projectKey = request.getParameter("projectKey");
        if (projectKey == null || projectKey.isBlank()) {
            page.put("missing", Boolean.TRUE);
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        String project = projectKey.trim();
        page.put("projectKeyHtml", Html.escape(project));
        try {
            LearnedView view = core.core().learnedViews(i18n)
                    .view(project, core.core().lifecycle().closed(user, project), pages.baseUrl());
            // ends in Html: Jira prints the rendered list as markup (its text was escaped once, inside)
            page.put("learnedHtml", pages.render(LEARNED_TEMPLATE, view, i18n));
            return HttpServletResponse.SC_OK;
        } catch (NotFoundException e) {
            page.put("notFound", Boolean.TRUE);
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }
}
