package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.JobResource;

/**
 * Running "compute and remind" now (/jobs/run) in Jira, at /rest/outcomes/1.0/jobs. The HTTP method and its status
 * codes are core's {@link JobResource}, which answers 403 to anyone but a Jira administrator; this subclass only gives
 * Jira's REST module a plugin class to scan, with its path and the REST v2 access rule.
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
