package com.outcomes.jira.panel;

import java.util.Map;

import com.atlassian.plugin.web.ContextProvider;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.view.I18n;

/**
 * The Outcome / Challenge panel ({@code templates/outcome-panel.vm}): core's {@code IssuePanelViewFactory}
 * builds the view model; this class only finds the issue, the viewer and the language.
 */
public class OutcomePanelContextProvider implements ContextProvider {

    private final JiraOutcomesCore core;
    private final JiraViewer viewer;

    public OutcomePanelContextProvider(JiraOutcomesCore core, JiraViewer viewer) {
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
        String user = PanelContext.user(viewer);
        I18n i18n = viewer.i18n();
        return PanelContext.with(context, core.issuePanels(i18n).forIssue(issueKey, user, viewer.baseUrl()), i18n);
    }
}
