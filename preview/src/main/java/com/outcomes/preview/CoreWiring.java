package com.outcomes.preview;

import java.time.Clock;
import java.util.List;

import com.outcomes.OutcomesCore;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.db.PreviewDatabase;
import com.outcomes.preview.demo.DemoPortfolio;
import com.outcomes.preview.demo.DemoSeeder;
import com.outcomes.store.EntityManagerPersistence;
import com.outcomes.store.upgrade.SchemaUpgrader;

/**
 * Connects the preview's database, work data and permissions to core: upgrades the schema, seeds
 * the demo metrics into an empty database, and builds core's services and REST API.
 */
final class CoreWiring {

    private CoreWiring() {
    }

    static OutcomesCore core(PreviewDatabase database, WorkTracker work, AccessPolicy access, Clock clock, boolean demo) {
        EntityManagerPersistence persistence = new EntityManagerPersistence(database.entityManager());
        // No upgrade steps yet: schema version 1 is the first release.
        new SchemaUpgrader(List.of()).upgrade(persistence);
        OutcomesCore core = new OutcomesCore(persistence, work, access, clock);
        if (demo) {
            new DemoSeeder(persistence, core.metricRepository(), core.readingRepository(), clock)
                    .seedIfEmpty(new DemoPortfolio(clock).metrics());
        }
        return core;
    }
}
