package com.outcomes.jira.panel;

import java.util.Map;

import com.atlassian.plugin.web.ContextProvider;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.view.I18n;

/**
 * A web panel on an issue: finds the issue, the viewer and their language, and lets core build the view model
 * the template renders. Subclasses only say which view model.
 */
abstract class IssuePanelContextProvider implements ContextProvider {

    private final JiraOutcomesCore core;
    private final JiraViewer viewer;

    IssuePanelContextProvider(JiraOutcomesCore core, JiraViewer viewer) {
        this.core = core;
        this.viewer = viewer;
    }

    @Override
    public void init(Map<String, String> params) {
        // no params
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        String issueKey = PanelContext.issue(context).getKey();
        I18n i18n = viewer.i18n();
        return PanelContext.with(context, view(core, issueKey, PanelContext.user(viewer), i18n, viewer.baseUrl()), i18n);
    }

    abstract Object view(JiraOutcomesCore core, String issueKey, String user, I18n i18n, String baseUrl);
}
