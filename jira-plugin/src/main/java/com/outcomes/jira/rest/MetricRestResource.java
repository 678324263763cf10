package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.MetricResource;

/**
 * Metrics and readings (/metrics...) in Jira, at /rest/outcomes/1.0/metrics. The HTTP methods and their status codes are core's
 * {@link MetricResource} (inherited JAX-RS method annotations); this subclass only gives Jira's REST module a plugin
 * class to scan, with its path and the REST v2 access rule: licensed, logged-in users (core answers 401 to
 * anyone else as well).
 */
@Named
@Path("metrics")
@LicensedOnly
public class MetricRestResource extends MetricResource {

    @Inject
    public MetricRestResource(JiraOutcomesCore core) {
        super(core.core().metrics(), core.core().readings(), core.core().due(), core.core().caller(),
                core.core().restSupport());
    }
}
