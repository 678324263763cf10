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
import com.outcomes.view.SprintReviewView;

/**
 * The sprint review page, {@code /plugins/servlet/outcomes/sprint-review?sprintId=…}: core's
 * {@code templates/sprint-review.vm} inside a Jira-decorated page. Without a sprint id it asks for one; an id
 * that is not a number answers 400, an unknown sprint (or one the viewer may not see) 404, both with the form
 * again so the user can correct it. Anonymous viewers are sent to Jira's login page and come back here.
 */
public class SprintReviewServlet extends JiraPageServlet {

    static final String PAGE_TEMPLATE = "templates/jira/sprint-review-page.vm";
    static final String REVIEW_TEMPLATE = "templates/sprint-review.vm";
    /** The descriptor's web resource with core's CSS alone (the review runs no script). */
    static final String STYLES = WebResources.STYLES;

    private static final long serialVersionUID = 1L;

    // Servlets are not serialized by Jira's plugin system; transient keeps the serialization lint honest.
    @Inject
    public SprintReviewServlet(JiraOutcomesCore core, JiraPages pages) {
        super(core, pages);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.get(request, response, STYLES, PAGE_TEMPLATE, (user, i18n, page) -> review(request, user, i18n, page));
    }

    /** Puts the requested sprint's review, or the form asking for a sprint id, in the page; answers its status. */
    private int review(HttpServletRequest request, String user, I18n i18n, Map<String, Object> page) {
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
                            .view(core.core().sprintReview().review(user, sprintId), pages.baseUrl());
                    // ends in Html: Jira prints the rendered review as markup (its text was escaped once, inside)
                    page.put("reviewHtml", pages.render(REVIEW_TEMPLATE, view, i18n));
                } catch (NotFoundException e) {
                    status = HttpServletResponse.SC_NOT_FOUND;
                    page.put("notFound", Boolean.TRUE);
                }
            }
        }
        return status;
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
}
