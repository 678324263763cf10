package com.outcomes.jira.panel;

import java.util.Map;

import com.atlassian.plugin.web.ContextProvider;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.view.I18n;

/** The Epic panel ({@code templates/epic-panel.vm}): the outcomes this epic is meant to move, with their status. */
public class EpicPanelContextProvider implements ContextProvider {

    private final JiraOutcomesCore core;
    private final JiraViewer viewer;

    public EpicPanelContextProvider(JiraOutcomesCore core, JiraViewer viewer) {
        this.core = core;
        this.viewer = viewer;
    }

    @Override
    public void init(Map<String, String> params) {
        // no params
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        String epicKey = PanelContext.issue(context).getKey();
        String user = PanelContext.user(viewer);
        I18n i18n = viewer.i18n();
        return PanelContext.with(context, core.epicPanels(i18n).forEpic(epicKey, user, viewer.baseUrl()), i18n);
    }
}
