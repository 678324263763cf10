package com.outcomes.jira;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.outcomes.OutcomesCore;
import com.outcomes.jira.store.JiraStoreDatabase;

/**
 * Core's composition ({@link OutcomesCore}) built once per plugin start from the Jira adapters — the plugin's
 * composition root, and nothing more: the REST resources in {@code com.outcomes.jira.rest}, the panels and the
 * sprint review take core's services, REST pieces and view factories from {@link #core()}.
 *
 * <p>Why one component and not each core class as a bean: core has no DI annotations (it also runs in the
 * preview), so Spring Scanner cannot see inside it. Stateless between requests: everything core holds is immutable
 * or reads Active Objects / Jira on each call, so it is cluster-safe.
 */
@Named
public class JiraOutcomesCore {

    private final OutcomesCore core;

    @Inject
    public JiraOutcomesCore(JiraStoreDatabase database, JiraWorkTracker work, JiraAccessPolicy access) {
        // The server's zone: "today" for asOf defaults is the Jira server's day, as DESIGN §3 says.
        this.core = new OutcomesCore(database, work, access, Clock.systemDefaultZone());
    }

    public OutcomesCore core() {
        return core;
    }
}
