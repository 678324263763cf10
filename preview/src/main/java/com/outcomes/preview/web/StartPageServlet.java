package com.outcomes.preview.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.outcomes.preview.PreviewText;

/**
 * A plain start page listing the REST entry points, used until the HTML pages
 * ({@code com.outcomes.preview.pages.PagesServlet}) are mounted at {@code /} instead.
 */
public final class StartPageServlet extends HttpServlet {

    private final transient List<String> projectKeys;

    public StartPageServlet(List<String> projectKeys) {
        this.projectKeys = List.copyOf(projectKeys);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String title = escape(PreviewText.get("outcomes.preview.start.title"));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>")
                .append(title).append("</title></head><body><h1>").append(title).append("</h1><ul>");
        for (String project : projectKeys) {
            // Project keys are [A-Z0-9_] in Jira; escape anyway, they come from a user's file.
            String key = escape(project);
            html.append("<li><a href=\"/rest/outcomes/1.0/dashboard?project=").append(key).append("\">")
                    .append(escape(PreviewText.get("outcomes.preview.start.dashboardData", project))).append("</a></li>");
        }
        html.append("</ul></body></html>");
        response.setContentType("text/html; charset=UTF-8");
        response.getWriter().write(html.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
