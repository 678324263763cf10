package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.JobResource;

/**
 * "Compute and remind" on demand (POST /jobs/run) in Jira, at /rest/outcomes/1.0/jobs. The HTTP method and its status
 * codes are core's {@link JobResource}; core answers 403 to anyone but a Jira administrator (JiraAccessPolicy.isAdmin).
 * This subclass only gives Jira's REST module a plugin class to scan, with its path and the REST v2 access rule.
 */
@Named
@Path("jobs")
@LicensedOnly
public class JobRestResource extends JobResource {

    @Inject
    public JobRestResource(JiraOutcomesCore core) {
        super(core.core().jobControl(), core.core().caller(), core.core().restSupport());
    }
}
