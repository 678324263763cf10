package com.outcomes.jira.panel;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.outcomes.OutcomesCore;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.jira.JiraViewer;
import com.outcomes.jira.WebResources;
import com.outcomes.view.I18n;

/**
 * The Epic panel ({@code templates/epic-panel.vm}): the outcomes this epic is meant to move, with their status.
 * It runs no script, so it requires only {@link WebResources#STYLES}.
 */
public class EpicPanelContextProvider extends IssuePanelContextProvider {

    public EpicPanelContextProvider(JiraOutcomesCore core, JiraViewer viewer,
                                    @ComponentImport PageBuilderService pageBuilder) {
        super(core, viewer, pageBuilder, WebResources.STYLES);
    }

    @Override
    Object view(OutcomesCore core, String epicKey, String user, I18n i18n, String baseUrl) {
        return core.epicPanelViews(i18n).view(core.epicPanel().panel(user, epicKey), baseUrl);
    }
}
