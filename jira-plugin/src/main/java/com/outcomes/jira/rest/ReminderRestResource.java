package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.ReminderResource;

/**
 * Reminders sent (/reminders) in Jira, at /rest/outcomes/1.0/reminders. The HTTP method and its status codes are core's
 * {@link ReminderResource}; this subclass only gives Jira's REST module a plugin class to scan, with its path and the
 * REST v2 access rule: licensed, logged-in users (core decides who sees which reminders).
 */
@Named
@Path("reminders")
@LicensedOnly
public class ReminderRestResource extends ReminderResource {

    @Inject
    public ReminderRestResource(JiraOutcomesCore core) {
        super(core.core().reminders(), core.core().caller());
    }
}
