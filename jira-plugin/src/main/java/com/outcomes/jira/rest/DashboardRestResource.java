package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.DashboardResource;

/**
 * The gadget aggregate in Jira, at /rest/outcomes/1.0/dashboard (JSON) and /dashboard/view (the gadget's HTML, rendered
 * by Jira's TemplateRenderer in the viewer's language). The HTTP methods and their status codes are core's
 * {@link DashboardResource} (inherited JAX-RS method annotations); this subclass only gives Jira's REST module a plugin
 * class to scan, with its path and the REST v2 access rule: licensed, logged-in users (core answers 401 to
 * anyone else as well).
 */
@Named
@Path("dashboard")
@LicensedOnly
public class DashboardRestResource extends DashboardResource {

    @Inject
    public DashboardRestResource(JiraOutcomesCore core) {
        super(core.core().dashboard(), core.core().caller(), core.core().restSupport(), core.dashboardHtml());
    }
}
