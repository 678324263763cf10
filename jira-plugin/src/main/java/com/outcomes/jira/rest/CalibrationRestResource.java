package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.CalibrationResource;

/**
 * RICE predicted vs observed per project (GET /rice/calibration?project=KEY&amp;asOf=DATE) in Jira, at /rest/outcomes/1.0/rice. The HTTP methods and their status codes are core's
 * {@link CalibrationResource}; this subclass only gives Jira's REST module a plugin class to scan, with its path and the REST v2
 * access rule: licensed, logged-in users (core answers 401 to anyone else as well).
 */
@Named
@Path("rice")
@LicensedOnly
public class CalibrationRestResource extends CalibrationResource {

    @Inject
    public CalibrationRestResource(JiraOutcomesCore core) {
        super(core.core().calibration(), core.core().caller(), core.core().restSupport());
    }
}
