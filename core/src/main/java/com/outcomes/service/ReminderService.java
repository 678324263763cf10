package com.outcomes.service;

import java.util.List;

import com.outcomes.domain.Reminder;
import com.outcomes.port.ReminderStore;

/** The reminders sent (DESIGN §5 {@code GET /reminders}): an administrator sees all, everyone else their own. */
public final class ReminderService {

    private final ReminderStore reminders;
    private final Permissions permissions;

    public ReminderService(ReminderStore reminders, Permissions permissions) {
        this.reminders = reminders;
        this.permissions = permissions;
    }

    /** Newest first; {@code metricId} null for every metric. One query. */
    public List<Reminder> list(String user, Long metricId) {
        return reminders.list(permissions.isAdmin(user) ? null : user, metricId);
    }
}
