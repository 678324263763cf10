package com.outcomes.jira;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.outcomes.OutcomesCore;
import com.outcomes.i18n.Messages;
import com.outcomes.rest.Caller;
import com.outcomes.rest.RestSupport;

/**
 * Core's services, built once per plugin start from the Jira adapters — the plugin's composition root.
 *
 * <p>Why one component and not each core class as a bean: core has no DI annotations (it also runs in the
 * preview), so Spring Scanner cannot see inside it; this class is the single place where the plugin turns the
 * Jira adapters into core's object graph, through core's own {@link OutcomesCore}, and hands the pieces to the
 * REST resources in {@code com.outcomes.jira.rest} and the panels. Stateless between requests: everything it
 * holds is immutable or reads Active Objects / Jira on each call, so it is cluster-safe.
 */
@Named
public class JiraOutcomesCore {

    private final OutcomesCore core;
    private final Caller caller;
    private final RestSupport support;
    private final Messages messages;

    @Inject
    public JiraOutcomesCore(ActiveObjectsPersistence persistence, JiraWorkTracker work, JiraAccessPolicy access) {
        // The server's zone: "today" for asOf defaults is the Jira server's day, as DESIGN §3 says.
        Clock clock = Clock.systemDefaultZone();
        this.core = new OutcomesCore(persistence, work, access, clock);
        this.messages = Messages.english();
        this.caller = new Caller(access);
        this.support = new RestSupport(clock, messages);
    }

    public OutcomesCore core() {
        return core;
    }

    public Caller caller() {
        return caller;
    }

    public RestSupport support() {
        return support;
    }

    public Messages messages() {
        return messages;
    }
}
