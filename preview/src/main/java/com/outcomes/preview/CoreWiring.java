package com.outcomes.preview;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.outcomes.port.AccessPolicy;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.db.PreviewDatabase;
import com.outcomes.preview.demo.DemoPortfolio;
import com.outcomes.preview.demo.DemoSeeder;
import com.outcomes.store.EntityManagerPersistence;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.ReadingRepository;
import com.outcomes.store.upgrade.SchemaUpgrader;

/**
 * Connects the preview's database, work data and permissions to core: upgrades the schema, seeds
 * the demo metrics into an empty database, and returns the JAX-RS singletons of core's REST API.
 */
final class CoreWiring {

    private CoreWiring() {
    }

    static Set<Object> restSingletons(PreviewDatabase database, WorkTracker work, AccessPolicy access, Clock clock, boolean demo) {
        EntityManagerPersistence persistence = new EntityManagerPersistence(database.entityManager());
        // No upgrade steps yet: schema version 1 is the first release.
        new SchemaUpgrader(List.of()).upgrade(persistence);
        if (demo) {
            new DemoSeeder(persistence, new MetricRepository(persistence), new ReadingRepository(persistence), clock)
                    .seedIfEmpty(new DemoPortfolio(clock).metrics());
        }
        // Core's services and REST resources are not on main yet: the REST API is wired here once they are.
        return Set.of();
    }
}
