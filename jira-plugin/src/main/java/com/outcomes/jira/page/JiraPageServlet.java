package com.outcomes.jira.page;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.outcomes.jira.JiraOutcomesCore;

/**
 * What every page servlet of ours shares: core, Jira's page helpers, and DESIGN §5's method and framing rules whatever
 * Jira's settings (TRACE/TRACK 405, framed only by Jira itself: {@link JiraPages#admit}) before any {@code doGet}.
 */
public abstract class JiraPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    protected final transient JiraOutcomesCore core;
    protected final transient JiraPages pages;

    protected JiraPageServlet(JiraOutcomesCore core, JiraPages pages) {
        this.core = core;
        this.pages = pages;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (pages.admit(request, response)) {
            super.service(request, response);
        }
    }
}
