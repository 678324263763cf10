package com.outcomes.preview.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.Reading;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.db.PreviewDatabase;
import com.outcomes.store.EntityManagerDatabase;
import com.outcomes.store.MetricRepository;
import com.outcomes.store.ReadingRepository;

/** Seeding the demo into a real (in-memory HSQLDB) Active Objects store. */
public class DemoSeederTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC);

    private PreviewDatabase database;
    private EntityManagerDatabase persistence;
    private MetricRepository metrics;
    private ReadingRepository readings;
    private DemoSeeder seeder;
    private final DemoPortfolio demo = new DemoPortfolio(CLOCK);

    @Before
    public void openEmptyStore() {
        database = PreviewDatabase.open(new DatabaseSettings("jdbc:hsqldb:mem:seed" + UUID.randomUUID(), "SA", ""));
        persistence = new EntityManagerDatabase(database.entityManager());
        persistence.migrate();
        metrics = new MetricRepository(persistence);
        readings = new ReadingRepository(persistence);
        seeder = new DemoSeeder(persistence, metrics, readings, CLOCK);
    }

    @After
    public void closeStore() {
        database.close();
    }

    @Test
    public void seedsEveryDemoMetricWithItsReadingsIntoAnEmptyStore() {
        // when
        int seeded = seeder.seedIfEmpty(demo.metrics());

        // then
        assertEquals(demo.metrics().size(), seeded);
        List<Metric> csat = metrics.byIssue(DemoPortfolio.CSAT);
        assertEquals("CSAT and its two leading indicators", 3, csat.size());
        Metric outcome = csat.get(0);
        assertEquals(MetricKind.OUTCOME, outcome.kind());
        List<Reading> history = readings.history(outcome.id());
        assertEquals(demo.metrics().stream().filter(m -> m.definition().name().equals(outcome.definition().name()))
                .findFirst().orElseThrow().readings().size(), history.size());
        assertEquals(LocalDate.of(2026, 11, 18).minusDays(270), history.get(0).measuredAt());
        assertEquals("demo", history.get(0).recordedBy());
    }

    @Test
    public void everyDemoMetricIsOwnedByTheBuiltInAdministrator() {
        // when
        seeder.seedIfEmpty(demo.metrics());

        // then: someone the demo's reminders reach, leading indicators (built with their parent) included
        List<Metric> all = metrics.all();
        assertEquals(demo.metrics().size(), all.size());
        assertTrue(all.stream().allMatch(m -> "admin".equals(m.owner())));
        assertTrue(all.stream().anyMatch(m -> m.definition().parentMetricId() != null));
    }

    @Test
    public void leadingIndicatorsPointAtTheirOutcomeMetricsId() {
        // when
        seeder.seedIfEmpty(demo.metrics());

        // then
        List<Metric> csat = metrics.byIssue(DemoPortfolio.CSAT);
        long outcomeId = csat.get(0).id();
        for (Metric metric : csat) {
            if (metric.kind() == MetricKind.LEADING) {
                assertEquals(Long.valueOf(outcomeId), metric.definition().parentMetricId());
            } else {
                assertNull(metric.definition().parentMetricId());
            }
        }
    }

    @Test
    public void marketShareHasOneCorrectedReading() {
        // when
        seeder.seedIfEmpty(demo.metrics());

        // then
        Metric share = metrics.byIssue(DemoPortfolio.MARKET_SHARE).get(0);
        List<Reading> history = readings.history(share.id());
        List<Reading> corrections = history.stream().filter(r -> r.supersedes() != null).toList();
        assertEquals(1, corrections.size());
        Reading wrong = readings.find(corrections.get(0).supersedes()).orElseThrow();
        assertEquals(wrong.measuredAt(), corrections.get(0).measuredAt());
        assertNotNull(corrections.get(0).note());
    }

    @Test
    public void secondSeedingChangesNothing() {
        // given
        seeder.seedIfEmpty(demo.metrics());

        // when
        int again = seeder.seedIfEmpty(demo.metrics());

        // then
        assertEquals(0, again);
        assertEquals(3, metrics.byIssue(DemoPortfolio.CSAT).size());
    }

    @Test
    public void storeWithTheUsersOwnMetricIsLeftAlone() {
        // given
        Metric own = metrics.create("OUT-99", demo.metrics().get(0).definition());

        // when
        int seeded = seeder.seedIfEmpty(demo.metrics());

        // then
        assertEquals(0, seeded);
        assertTrue(metrics.byIssue(DemoPortfolio.CSAT).isEmpty());
        assertEquals(List.of(own), metrics.byIssue("OUT-99"));
    }
}
