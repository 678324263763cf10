package com.outcomes.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;

import net.java.ao.EntityManager;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.RiceScore;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ForbiddenException;
import com.outcomes.error.NotFoundException;
import com.outcomes.store.EpicRiceEntity;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class EpicServiceTest {

    private EntityManager entityManager;
    private ServiceFixture fx;

    @Before
    public void setUp() {
        LocalDate day = LocalDate.of(2026, 11, 10);
        fx = new ServiceFixture(entityManager);
        fx.work.outcome("OUT-2", "Churn", null)
                .epic("OUT-10", "Cancellation survey", "OUT-2", 2, day)
                .epic("OUT-11", "Win-back emails", "OUT-2", 5)
                .epic("OUT-12", "Usage nudges", "OUT-2", 1, day, day)
                .epic("OUT-20", "Elsewhere", "OUT-3", 1);
    }

    @Test
    public void ranksLinkedEpicsByRiceScoreUnscoredLast() {
        // given scores 1000*1*0.5/2 = 250 and 400*3*1/4 = 300
        fx.core.epics().setRice("admin", "OUT-2", "OUT-10", new RiceScore(1000, 1, 0.5, 2));
        fx.core.epics().setRice("admin", "OUT-2", "OUT-12", new RiceScore(400, 3, 1, 4));
        // when
        List<EpicRanking> ranking = fx.core.epics().epicsOf("viewer", "OUT-2");
        // then
        assertEquals(List.of("OUT-12", "OUT-10", "OUT-11"), ranking.stream().map(r -> r.epic().key()).toList());
        assertEquals(300.0, ranking.get(0).score(), 1e-9);
        assertEquals(2, ranking.get(0).done());
        assertEquals(3, ranking.get(0).total());
        assertNull(ranking.get(2).score());
    }

    @Test
    public void settingRiceAgainReplacesIt() throws Exception {
        fx.core.epics().setRice("admin", "OUT-2", "OUT-10", new RiceScore(1000, 1, 0.5, 2));
        fx.core.epics().setRice("admin", "OUT-2", "OUT-10", new RiceScore(10, 2, 1, 1));
        assertEquals(20.0, fx.core.epics().epicsOf("viewer", "OUT-2").get(0).score(), 1e-9);
        assertEquals(1, entityManager.count(EpicRiceEntity.class));
    }

    @Test
    public void riceForAnEpicNotLinkedToTheOutcomeIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> fx.core.epics().setRice("admin", "OUT-2", "OUT-20", new RiceScore(1, 1, 1, 1)));
    }

    @Test
    public void invalidImpactStoresNothing() throws Exception {
        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.core.epics().setRice("admin", "OUT-2", "OUT-10", new RiceScore(100, 4, 1, 1)));
        assertEquals("impact", e.errors().get(0).field());
        assertEquals(0, entityManager.count(EpicRiceEntity.class));
    }

    @Test
    public void viewerMayNotScore() {
        assertThrows(ForbiddenException.class,
                () -> fx.core.epics().setRice("viewer", "OUT-2", "OUT-10", new RiceScore(1, 1, 1, 1)));
    }
}
