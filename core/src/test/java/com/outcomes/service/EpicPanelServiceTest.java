package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.TODAY;
import static com.outcomes.service.ServiceFixture.outcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Set;

import net.java.ao.EntityManager;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.outcomes.domain.NewReading;
import com.outcomes.domain.Status;
import com.outcomes.error.NotFoundException;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class EpicPanelServiceTest {

    private EntityManager entityManager;
    private ServiceFixture fx;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.access.user("marketer", Set.of("MKT"), Set.of());
        // the epic MKT-10 moves an outcome in each project, and OUT-3, which has no metric yet
        fx.work.outcome("OUT-2", "Customers are satisfied", null)
                .outcome("MKT-2", "Brand awareness", null)
                .outcome("OUT-3", "Loyal customers", null)
                .epic("MKT-10", "Relaunch", "OUT-2", 1)
                .epic("MKT-10", "Relaunch", "MKT-2", 1)
                .epic("MKT-10", "Relaunch", "OUT-3", 1);
    }

    @Test
    public void eachOutcomeTheEpicMovesComesWithItsFirstOutcomeMetricEvaluated() {
        // given OUT-2 has a leading indicator defined before its outcome metric
        long csat = fx.core.metrics().define("admin", "OUT-2", outcome("CSAT", 75, 90, TODAY.minusDays(50), TODAY.plusDays(50)))
                .metric().id();
        fx.core.metrics().define("admin", "MKT-2", ServiceFixture.leading("Mentions", 10, 20, csat));
        long awareness = fx.core.metrics().define("admin", "MKT-2",
                outcome("Awareness", 10, 30, TODAY.minusDays(50), TODAY.plusDays(50))).metric().id();
        fx.core.readings().record("admin", csat, new NewReading(82.5, TODAY, null, null, null));

        // when
        EpicPanel panel = fx.core.epicPanel().panel("viewer", "MKT-10");

        // then
        assertEquals("MKT-10", panel.epicKey());
        assertEquals(List.of("OUT-2", "MKT-2", "OUT-3"), panel.outcomes().stream().map(o -> o.outcome().key()).toList());
        assertEquals(csat, panel.outcomes().get(0).headline().metric().id());
        assertEquals(Status.ON_TRACK, panel.outcomes().get(0).headline().evaluation().status());
        assertEquals("the leading indicator is not the headline", awareness,
                panel.outcomes().get(1).headline().metric().id());
        assertNull("an outcome without a metric has no headline", panel.outcomes().get(2).headline());
    }

    @Test
    public void outcomesTheUserMayNotSeeAreNotMentioned() {
        // when
        EpicPanel panel = fx.core.epicPanel().panel("marketer", "MKT-10");

        // then
        assertEquals(List.of("MKT-2"), panel.outcomes().stream().map(o -> o.outcome().key()).toList());
    }

    @Test
    public void epicTheUserMayNotSeeIsNotFound() {
        assertThrows(NotFoundException.class, () -> fx.core.epicPanel().panel("outsider", "OUT-77"));
    }
}
