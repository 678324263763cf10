package com.outcomes.jira.wiring.broken;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

/** Deliberately broken: imports a type Jira does not export as an OSGi service (SpringWiringTest). */
@Named
public class ComponentImportingAnUnlistedService {

    @Inject
    public ComponentImportingAnUnlistedService(@ComponentImport UnprovidedService service) {
        // never built in Jira: the import would wait for a service that never comes
    }
}
