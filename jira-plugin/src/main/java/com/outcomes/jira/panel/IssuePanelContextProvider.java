package com.outcomes.jira.panel;

import java.util.Map;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.OutcomesCore;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.view.I18n;

/**
 * A web panel on an issue: finds the issue, the viewer and their language, asks core's service for the panel's answer
 * and core's view factory to shape it for the template, and requires the panel's web resource for the page.
 * Subclasses say which service and view, and which resource.
 */
abstract class IssuePanelContextProvider implements ContextProvider {

    private final JiraOutcomesCore core;
    private final JiraViewer viewer;
    private final PageBuilderService pageBuilder;
    private final String webResource;

    IssuePanelContextProvider(JiraOutcomesCore core, JiraViewer viewer, PageBuilderService pageBuilder,
                              String webResource) {
        this.core = core;
        this.viewer = viewer;
        this.pageBuilder = pageBuilder;
        this.webResource = webResource;
    }

    @Override
    public void init(Map<String, String> params) {
        // no params
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        String issueKey = PanelContext.issue(context).getKey();
        I18n i18n = viewer.i18n();
        Object view = view(core.core(), issueKey, PanelContext.user(viewer), i18n, viewer.baseUrl());
        // Only now, when Jira renders the panel (its conditions passed), do its script and styles join the page: bound
        // to the jira.view.issue context they would load on every issue view of the site.
        pageBuilder.assembler().resources().requireWebResource(webResource);
        return PanelContext.with(context, view, i18n);
    }

    abstract Object view(OutcomesCore core, String issueKey, String user, I18n i18n, String baseUrl);
}
