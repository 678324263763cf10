package com.outcomes.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.outcomes.jira.JiraOutcomesCore;
import com.outcomes.rest.ReminderResource;

/**
 * Reminders sent (GET /reminders) in Jira, at /rest/outcomes/1.0/reminders: core's {@link ReminderResource} (a Jira
 * administrator sees every reminder, anyone else their own). This subclass only gives Jira's REST module a plugin class
 * to scan, with its path and the REST v2 access rule: licensed, logged-in users.
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
