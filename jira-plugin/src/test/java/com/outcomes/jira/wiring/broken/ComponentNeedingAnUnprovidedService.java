package com.outcomes.jira.wiring.broken;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.outcomes.jira.JiraOutcomesCore;

/** Deliberately broken: a component whose constructor needs a type no bean provides (SpringWiringTest). */
@Named
public class ComponentNeedingAnUnprovidedService {

    @Inject
    public ComponentNeedingAnUnprovidedService(JiraOutcomesCore core, UnprovidedService service) {
        // never built
    }
}
