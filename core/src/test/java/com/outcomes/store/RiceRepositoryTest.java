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
}
