package com.outcomes.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import com.outcomes.domain.RiceScore;

import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.slf4j.LoggerFactory;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class RiceRepositoryTest {

    private EntityManager entityManager;
    private EntityManagerDatabase persistence;
    private RiceRepository rice;

    @BeforeClass
    public static void announceDatabase() {
        LoggerFactory.getLogger(RiceRepositoryTest.class).info("Running on {}", StoreTestDatabase.describe());
    }

    @Before
    public void setUp() {
        persistence = new EntityManagerDatabase(entityManager);
        rice = new RiceRepository(persistence);
    }

    @Test
    public void putStoresTheInputsPerEpicExactly() {
        // given
        RiceScore onboarding = new RiceScore(1200, 2, 0.8, 3);
        RiceScore pricing = new RiceScore(0.1 + 0.2, 0.25, 1.0 / 3.0, 0.5);

        // when
        rice.put("CSAT-1", "EPIC-1", onboarding);
        rice.put("CSAT-1", "EPIC-2", pricing);

        // then
        assertEquals(Map.of("EPIC-1", onboarding, "EPIC-2", pricing), rice.forOutcome("CSAT-1"));
    }

    @Test
    public void putAgainReplacesTheInputsInPlace() {
        // given
        rice.put("CSAT-1", "EPIC-1", new RiceScore(100, 1, 0.5, 2));

        // when
        RiceScore revised = new RiceScore(150, 3, 1.0, 1);
        rice.put("CSAT-1", "EPIC-1", revised);

        // then
        assertEquals(Map.of("EPIC-1", revised), rice.forOutcome("CSAT-1"));
        assertEquals(1, persistence.count(EpicRiceEntity.class, Query.select()));
    }

    @Test
    public void theSameEpicIsRatedSeparatelyPerOutcome() {
        RiceScore forCsat = new RiceScore(100, 1, 0.5, 2);
        RiceScore forNps = new RiceScore(10, 0.5, 0.2, 8);

        rice.put("CSAT-1", "EPIC-1", forCsat);
        rice.put("NPS-1", "EPIC-1", forNps);

        assertEquals(Map.of("EPIC-1", forCsat), rice.forOutcome("CSAT-1"));
        assertEquals(Map.of("EPIC-1", forNps), rice.forOutcome("NPS-1"));
    }

    @Test
    public void anOutcomeWithoutRatingsHasAnEmptyMap() {
        assertTrue(rice.forOutcome("NONE-1").isEmpty());
    }

    @Test
    public void forOutcomesReadsManyOutcomesInOneStatement() {
        // given ratings on two of three outcomes, the same epic on both
        RiceScore forCsat = new RiceScore(100, 1, 0.5, 2);
        RiceScore forNps = new RiceScore(10, 0.5, 0.2, 8);
        RiceScore other = new RiceScore(1, 3, 1, 1);
        rice.put("CSAT-1", "EPIC-1", forCsat);
        rice.put("CSAT-1", "EPIC-2", other);
        rice.put("NPS-1", "EPIC-1", forNps);
        rice.put("ELSE-1", "EPIC-9", other);
        entityManager.flushAll();
        java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> statements.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);

        // when
        Map<String, Map<String, RiceScore>> found;
        try {
            found = rice.forOutcomes(java.util.List.of("CSAT-1", "NPS-1", "NONE-1"));
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }

        // then
        assertEquals(Map.of("CSAT-1", Map.of("EPIC-1", forCsat, "EPIC-2", other), "NPS-1", Map.of("EPIC-1", forNps)), found);
        assertEquals(1, statements.get());
        assertTrue(rice.forOutcomes(java.util.List.of()).isEmpty());
    }
}
