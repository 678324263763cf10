package com.outcomes.jira.sprint;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.port.Sprint;

/**
 * Sprint metadata (name, state, start and end dates) from Jira Software's {@code SprintManager}, when Jira
 * Software is installed.
 *
 * <p>Optional by construction: the plugin must load on a Jira without Jira Software, so the service is not a
 * Spring Scanner import (which would block the plugin until the service appears) but looked up in the OSGi
 * registry on each call and released right after — nothing is held between requests. The Jira Software types
 * are touched only inside {@link GreenHopperSprints}, loaded once the service is known to exist (the bundle
 * imports {@code com.atlassian.greenhopper.*} with optional resolution in the atlassian profile).
 * UNCONFIRMED: the service interface name and the {@code Sprint} accessors (see the jira-standins comments).
 */
@Named
public class SprintDirectory {

    static final String SPRINT_MANAGER = "com.atlassian.greenhopper.service.sprint.SprintManager";
    private static final Logger LOG = LoggerFactory.getLogger(SprintDirectory.class);

    private final BundleContext bundleContext;

    @Inject
    public SprintDirectory(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    /**
     * The sprint as Jira Software knows it; {@code Optional.empty()} when Jira Software is absent or could not
     * answer (callers then derive what they can from JQL), {@code Optional.of(Optional.empty())} when it answers
     * that there is no such sprint.
     */
    public Optional<Optional<Sprint>> sprint(long sprintId) {
        ServiceReference<?> reference = bundleContext.getServiceReference(SPRINT_MANAGER);
        if (reference == null) {
            return Optional.empty();
        }
        Object service = bundleContext.getService(reference);
        try {
            return service == null ? Optional.empty() : Optional.of(GreenHopperSprints.read(service, sprintId));
        } catch (LinkageError | RuntimeException e) {
            // A Jira Software version whose API differs from what we compiled against: fall back, never fail the page.
            LOG.warn("Jira Software's sprint service could not be read; sprint {} falls back to JQL", sprintId, e);
            return Optional.empty();
        } finally {
            bundleContext.ungetService(reference);
        }
    }
}
