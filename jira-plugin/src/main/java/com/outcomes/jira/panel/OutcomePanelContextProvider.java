package com.outcomes.jira.panel;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.OutcomesCore;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.jira.WebResources;
import com.outcomes.view.I18n;

/**
 * The Outcome / Challenge panel ({@code templates/outcome-panel.vm}): core's {@code IssuePanelService} answer shaped by
 * its {@code IssuePanelViewFactory};
 * requires {@link WebResources#ISSUE_PANEL} (history charts and the "record a value" form).
 */
public class OutcomePanelContextProvider extends IssuePanelContextProvider {

    public OutcomePanelContextProvider(JiraOutcomesCore core, JiraViewer viewer,
                                       @ComponentImport PageBuilderService pageBuilder) {
        super(core, viewer, pageBuilder, WebResources.ISSUE_PANEL);
    }

    @Override
    Object view(OutcomesCore core, String issueKey, String user, I18n i18n, String baseUrl) {
        return core.issuePanelViews(i18n).view(core.issuePanel().panel(user, issueKey), baseUrl);
    }
}
