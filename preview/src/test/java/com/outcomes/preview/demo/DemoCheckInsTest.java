package com.outcomes.preview.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.ConfidenceLow;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.db.PreviewDatabase;
import com.outcomes.store.CheckInRepository;
import com.outcomes.store.EntityManagerDatabase;

/** The demo's check-ins in a real (in-memory HSQLDB) Active Objects store. */
public class DemoCheckInsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC);

    private PreviewDatabase database;
    private CheckInRepository store;

    @Before
    public void openEmptyStore() {
        database = PreviewDatabase.open(new DatabaseSettings("jdbc:hsqldb:mem:checkins" + UUID.randomUUID(), "SA", ""));
        EntityManagerDatabase persistence = new EntityManagerDatabase(database.entityManager());
        persistence.migrate();
        store = new CheckInRepository(persistence);
    }

    @After
    public void closeStore() {
        database.close();
    }

    @Test
    public void csatsLatestCheckInIsLowAndTheOthersAreNot() {
        // when
        new DemoCheckIns(CLOCK).seed(store);

        // then
        Map<String, CheckIn> latest = store.latestOf(List.of(DemoPortfolio.MARKET_SHARE, DemoPortfolio.CSAT,
                DemoPortfolio.RETENTION, DemoPortfolio.NPS));
        assertEquals(3, latest.size());
        assertEquals(3, latest.get(DemoPortfolio.CSAT).confidence());
        assertEquals(Instant.parse("2026-11-13T10:00:00Z"), latest.get(DemoPortfolio.CSAT).createdAt());
        assertTrue(ConfidenceLow.fires(latest.get(DemoPortfolio.CSAT)));
        assertEquals(8, latest.get(DemoPortfolio.MARKET_SHARE).confidence());
        assertEquals(List.of(3, 4, 6), store.of(DemoPortfolio.CSAT).stream().map(CheckIn::confidence).toList());
    }
}
