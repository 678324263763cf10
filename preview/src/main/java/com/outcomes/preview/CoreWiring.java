package com.outcomes.preview;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.OutcomesCore;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.AutomationPorts;
import com.outcomes.port.WorkTracker;
import com.outcomes.preview.db.PreviewDatabase;
import com.outcomes.preview.demo.DemoCheckIns;
import com.outcomes.preview.demo.DemoPortfolio;
import com.outcomes.preview.demo.DemoSeeder;
import com.outcomes.preview.pages.VelocityPageTemplates;
import com.outcomes.store.EntityManagerDatabase;
import com.outcomes.store.OwnerBackfill;

/**
 * Connects the preview's database, work data and permissions to core: creates or extends the tables, seeds
 * the demo metrics into an empty database, and builds core's services and REST API.
 */
final class CoreWiring {

    private static final Logger LOG = LoggerFactory.getLogger(CoreWiring.class);

    private CoreWiring() {
    }

    /**
     * @param resetDemo  drop the demo's metrics and readings first, so the demo is seeded afresh (demo only)
     * @param automation counting for computed metrics, mail and links for reminders (DESIGN §3b)
     */
    static OutcomesCore core(PreviewDatabase database, WorkTracker work, AccessPolicy access, Clock clock, boolean demo,
                             boolean resetDemo, AutomationPorts automation) {
        EntityManagerDatabase store = new EntityManagerDatabase(database.entityManager());
        // Active Objects' non-destructive migrate, as Jira runs it at plugin start; schema changes: jira-plugin/README.md.
        store.migrate();
        // Metrics stored before owners existed get their first reading's recorder; the preview knows no reporter.
        int owned = new OwnerBackfill(store).backfill(issueKey -> Optional.empty());
        if (owned > 0) {
            LOG.info("Gave {} metrics stored before owners existed the owner of their first reading", owned);
        }
        OutcomesCore core = new OutcomesCore(store, work, access, clock, new VelocityPageTemplates(), automation);
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
