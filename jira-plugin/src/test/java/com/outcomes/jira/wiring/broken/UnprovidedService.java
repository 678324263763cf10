package com.outcomes.jira.wiring.broken;

/** A type neither the plugin nor Jira provides: nothing in the plugin's context can satisfy it. */
public interface UnprovidedService {
}
