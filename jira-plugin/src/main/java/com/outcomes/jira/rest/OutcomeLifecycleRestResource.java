package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.OutcomeLifecycleResource;

/**
 * An outcome's lifecycle (/outcomes/{key}/close, /reopen, /outcomes/closed) in Jira, at /rest/outcomes/1.0/outcomes;
 * Jersey merges it with the epics resource under the same path. The HTTP methods and their status codes are core's
 * {@link OutcomeLifecycleResource} (inherited JAX-RS method annotations); this subclass only gives Jira's REST module a plugin
 * class to scan, with its path and the REST v2 access rule: licensed, logged-in users (core answers 401 to
 * anyone else as well).
 */
@Named
@Path("outcomes")
@LicensedOnly
public class OutcomeLifecycleRestResource extends OutcomeLifecycleResource {

    @Inject
    public OutcomeLifecycleRestResource(JiraOutcomesCore core) {
        super(core.core().lifecycle(), core.core().caller());
    }
}
