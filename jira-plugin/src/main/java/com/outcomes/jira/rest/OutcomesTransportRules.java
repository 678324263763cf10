package com.outcomes.jira.rest;

import jakarta.inject.Named;
import jakarta.ws.rs.ext.Provider;

import com.outcomes.rest.TransportRules;

/**
 * Core's transport rules (a write names its content type, JSON answers are {@code nosniff} and {@code no-store}) as a
 * provider Jira's REST module finds. They add to Jira's XSRF check, which stays on for every resource.
 */
@Named
@Provider
public class OutcomesTransportRules extends TransportRules {
}
