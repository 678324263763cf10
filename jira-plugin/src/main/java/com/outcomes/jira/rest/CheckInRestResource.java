package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.CheckInResource;

/**
 * Check-ins on an outcome (/outcomes/{key}/checkins) in Jira, at /rest/outcomes/1.0. The HTTP methods and their
 * status codes are core's {@link CheckInResource} (inherited JAX-RS method annotations); this subclass only gives
 * Jira's REST module a plugin class to scan, with its path and the REST v2 access rule: licensed, logged-in users
 * (core answers 401 to anyone else as well).
 */
@Named
@Path("outcomes/{key}/checkins")
@LicensedOnly
public class CheckInRestResource extends CheckInResource {

    @Inject
    public CheckInRestResource(JiraOutcomesCore core) {
        super(core.core().checkIns(), core.core().caller());
    }
}
