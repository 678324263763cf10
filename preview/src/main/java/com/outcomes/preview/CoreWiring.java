package com.outcomes.preview;

import java.time.Clock;

import com.outcomes.OutcomesCore;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.db.PreviewDatabase;
import com.outcomes.preview.demo.DemoCheckIns;
import com.outcomes.preview.demo.DemoPortfolio;
import com.outcomes.preview.demo.DemoSeeder;
import com.outcomes.preview.pages.VelocityPageTemplates;
import com.outcomes.store.EntityManagerDatabase;

/**
 * Connects the preview's database, work data and permissions to core: creates or extends the tables, seeds
 * the demo metrics into an empty database, and builds core's services and REST API.
 */
final class CoreWiring {

    private CoreWiring() {
    }

    static OutcomesCore core(PreviewDatabase database, WorkTracker work, AccessPolicy access, Clock clock, boolean demo) {
        return core(database, work, access, clock, demo, false);
    }

    /** @param resetDemo drop the demo's metrics and readings first, so the demo is seeded afresh (demo only) */
    static OutcomesCore core(PreviewDatabase database, WorkTracker work, AccessPolicy access, Clock clock, boolean demo,
                             boolean resetDemo) {
        EntityManagerDatabase store = new EntityManagerDatabase(database.entityManager());
        // Active Objects' non-destructive migrate, as Jira runs it at plugin start; schema changes: jira-plugin/README.md.
        store.migrate();
        OutcomesCore core = new OutcomesCore(store, work, access, clock, new VelocityPageTemplates());
        if (demo) {
            DemoSeeder seeder = new DemoSeeder(store, core.metricRepository(), core.readingRepository(), clock);
            if (resetDemo) {
                seeder.reset(database.entityManager());
            }
            DemoPortfolio portfolio = new DemoPortfolio(clock);
            if (seeder.seedIfEmpty(portfolio.metrics(), portfolio.rice()) > 0) {
                new DemoCheckIns(clock).seed(core.checkInRepository()); // a fresh demo: people's confidence too
                if (core.closureRepository().current(portfolio.closure().issueKey()).isEmpty()) {
                    core.closureRepository().close(portfolio.closure(), clock.instant()); // and one outcome closed
                }
            }
        }
        return core;
    }
}
