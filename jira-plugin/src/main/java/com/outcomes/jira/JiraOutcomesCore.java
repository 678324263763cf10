package com.outcomes.jira;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.outcomes.OutcomesCore;
import com.outcomes.jira.store.JiraStoreDatabase;
import com.outcomes.port.AutomationPorts;
import com.outcomes.port.Templates;
import com.outcomes.view.DashboardHtml;

/**
 * Core's composition ({@link OutcomesCore}) built once per plugin start from the Jira adapters — the plugin's
 * composition root, and nothing more: the REST resources in {@code com.outcomes.jira.rest}, the panels and the
 * sprint review take core's services, REST pieces and view factories from {@link #core()}.
 *
 * <p>Why one component and not each core class as a bean: core has no DI annotations (it also runs in the
 * preview), so Spring Scanner cannot see inside it. Cluster-safe: everything core holds is immutable or reads Active
 * Objects / Jira on each call, but for the dashboard's shared evaluations in {@link JiraCaches}, keyed by the store's
 * write version read from the database on each request.
 */
@Named
public class JiraOutcomesCore {

    private final OutcomesCore core;
    private final DashboardHtml dashboardHtml;

    /**
     * @param templates Jira's TemplateRenderer ({@link VelocityTemplates}), for the gadget's server-rendered content
     * @param viewer    Jira's context path, read per request, for the gadget's issue links
     * @param counter   computed metrics' counts through Jira's search, as each metric's owner
     * @param mailer    reminders through Jira's mail queue
     * @param links     absolute issue links for the reminder mails
     * @param caches    Atlassian Cache for what the dashboard shares between viewers (keys hold the store's write
     *                  version, so no node serves an entry older than the last committed write)
     */
    @Inject
    public JiraOutcomesCore(JiraStoreDatabase database, JiraWorkTracker work, JiraAccessPolicy access,
                            Templates templates, JiraViewer viewer,
                            JiraIssueCounter counter, JiraMailer mailer, JiraIssueLinks links, JiraCaches caches) {
        // The server's zone: "today" for asOf defaults is the Jira server's day, as DESIGN §3 says.
        this.core = new OutcomesCore(database, work, access, Clock.systemDefaultZone(), templates,
                new AutomationPorts(counter, mailer, links), caches);
        this.dashboardHtml = core.dashboardHtml(viewer::baseUrl);
    }

    public OutcomesCore core() {
        return core;
    }

    /** The gadget's content in the viewer's language, with links on Jira's context path. */
    public DashboardHtml dashboardHtml() {
        return dashboardHtml;
    }
}
