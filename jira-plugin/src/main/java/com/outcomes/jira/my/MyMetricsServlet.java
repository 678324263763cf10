package com.outcomes.jira.my;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.outcomes.OutcomesCore;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.WebResources;
import com.outcomes.jira.page.JiraPageServlet;
import com.outcomes.jira.page.JiraPages;
import com.outcomes.view.I18n;
import com.outcomes.view.MyMetricsView;

/**
 * "My metrics" (DESIGN §3b/§4), {@code /plugins/servlet/outcomes/my-metrics}, linked from the user's profile menu: the
 * viewer's own metrics due within a week or running blind, soonest first, as of the server's today — core's
 * {@code DueService} answer in core's {@code templates/my-metrics.vm}, inside a Jira-decorated page. Anonymous viewers
 * are sent to Jira's login page and come back here. Nobody else's metrics can be asked for: the page has no parameter.
 */
public class MyMetricsServlet extends JiraPageServlet {

    static final String PAGE_TEMPLATE = "templates/jira/my-metrics-page.vm";
    static final String MY_METRICS_TEMPLATE = "templates/my-metrics.vm";
    static final String STYLES = WebResources.STYLES;

    private static final long serialVersionUID = 1L;

    @Inject
    public MyMetricsServlet(JiraOutcomesCore core, JiraPages pages) {
        super(core, pages);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.get(request, response, STYLES, PAGE_TEMPLATE, this::myMetrics);
    }

    private int myMetrics(String user, I18n i18n, Map<String, Object> page) {
        OutcomesCore outcomes = core.core();
        LocalDate today = LocalDate.now(outcomes.clock());
        MyMetricsView view = outcomes.myMetricsViews(i18n).view(outcomes.due().due(user, today), today, pages.baseUrl());
        // ends in Html: Jira prints the rendered list as markup (its text was escaped once, inside)
        page.put("myMetricsHtml", pages.render(MY_METRICS_TEMPLATE, view, i18n));
        return HttpServletResponse.SC_OK;
    }
}
