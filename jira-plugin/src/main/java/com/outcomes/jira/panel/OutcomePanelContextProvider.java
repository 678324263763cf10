package com.outcomes.jira.panel;

import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.view.I18n;

/** The Outcome / Challenge panel ({@code templates/outcome-panel.vm}), built by core's {@code IssuePanelViewFactory}. */
public class OutcomePanelContextProvider extends IssuePanelContextProvider {

    public OutcomePanelContextProvider(JiraOutcomesCore core, JiraViewer viewer) {
        super(core, viewer);
    }

    @Override
    Object view(JiraOutcomesCore core, String issueKey, String user, I18n i18n, String baseUrl) {
        return core.issuePanels(i18n).forIssue(issueKey, user, baseUrl);
    }
}
