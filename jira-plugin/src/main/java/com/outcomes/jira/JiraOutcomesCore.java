package com.outcomes.jira;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.outcomes.OutcomesCore;
import com.outcomes.i18n.Messages;
import com.outcomes.port.Templates;
import com.outcomes.rest.Caller;
import com.outcomes.rest.RestSupport;
import com.outcomes.view.DashboardHtml;
import com.outcomes.view.EpicPanelViewFactory;
import com.outcomes.view.I18n;
import com.outcomes.view.IssuePanelViewFactory;
import com.outcomes.view.SprintReviewViewFactory;

/**
 * Core's services, built once per plugin start from the Jira adapters — the plugin's composition root.
 *
 * <p>Why one component and not each core class as a bean: core has no DI annotations (it also runs in the
 * preview), so Spring Scanner cannot see inside it; this class is the single place where the plugin turns the
 * Jira adapters into core's object graph, through core's own {@link OutcomesCore}, and hands the pieces to the
 * REST resources in {@code com.outcomes.jira.rest} and the panels. Stateless between requests: everything it
 * holds is immutable or reads Active Objects / Jira on each call, so it is cluster-safe.
 */
@Named
public class JiraOutcomesCore {

    private final OutcomesCore core;
    private final Caller caller;
    private final RestSupport support;
    private final Messages messages;
    private final JiraWorkTracker work;
    private final JiraAccessPolicy access;
    private final Clock clock;
    private final DashboardHtml dashboardHtml;

    /**
     * @param templates Jira's TemplateRenderer ({@link VelocityTemplates}), for the gadget's server-rendered content
     * @param viewer    the viewer's language and Jira's context path, read per request
     */
    @Inject
    public JiraOutcomesCore(ActiveObjectsPersistence persistence, JiraWorkTracker work, JiraAccessPolicy access,
                            Templates templates, JiraViewer viewer) {
        // The server's zone: "today" for asOf defaults is the Jira server's day, as DESIGN §3 says.
        this.clock = Clock.systemDefaultZone();
        this.work = work;
        this.access = access;
        this.core = new OutcomesCore(persistence, work, access, clock, templates);
        this.messages = Messages.english();
        this.caller = new Caller(access);
        this.support = new RestSupport(clock, messages);
        this.dashboardHtml = new DashboardHtml(templates, viewer::i18n, viewer::baseUrl, clock.getZone());
    }

    public OutcomesCore core() {
        return core;
    }

    public Caller caller() {
        return caller;
    }

    public RestSupport support() {
        return support;
    }

    public Messages messages() {
        return messages;
    }

    /** The gadget's content in the viewer's language, with links on Jira's context path. */
    public DashboardHtml dashboardHtml() {
        return dashboardHtml;
    }

    /*
     * View factories are built per request with the viewer's language: they are a handful of field
     * assignments, and holding one per locale would be state kept between requests for no gain.
     */

    public IssuePanelViewFactory issuePanels(I18n i18n) {
        return new IssuePanelViewFactory(core.metrics(), core.readings(), core.epics(), core.lint(), work, access,
                i18n, clock);
    }

    public EpicPanelViewFactory epicPanels(I18n i18n) {
        return new EpicPanelViewFactory(work, core.metrics(), access, i18n, clock);
    }

    public SprintReviewViewFactory sprintReviews(I18n i18n) {
        return new SprintReviewViewFactory(core.sprintReview(), i18n, clock);
    }
}
