package com.outcomes.preview;

import java.time.Clock;
import java.util.Set;

import com.outcomes.port.AccessPolicy;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.db.PreviewDatabase;

/**
 * Connects the preview's database, work data and permissions to core: migrates the schema, seeds
 * the demo metrics into an empty database, and returns the JAX-RS singletons of core's REST API.
 */
final class CoreWiring {

    private CoreWiring() {
    }

    static Set<Object> restSingletons(PreviewDatabase database, WorkTracker work, AccessPolicy access, Clock clock, boolean demo) {
        // Core's store and services are not on main yet: the REST API is wired here once they are.
        return Set.of();
    }
}
