package com.outcomes.jira.panel;

import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.view.I18n;

/** The Epic panel ({@code templates/epic-panel.vm}): the outcomes this epic is meant to move, with their status. */
public class EpicPanelContextProvider extends IssuePanelContextProvider {

    public EpicPanelContextProvider(JiraOutcomesCore core, JiraViewer viewer) {
        super(core, viewer);
    }

    @Override
    Object view(JiraOutcomesCore core, String epicKey, String user, I18n i18n, String baseUrl) {
        return core.epicPanels(i18n).forEpic(epicKey, user, baseUrl);
    }
}
