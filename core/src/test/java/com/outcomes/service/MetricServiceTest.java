package com.outcomes.service;

import static com.outcomes.service.ServiceFixture.TODAY;
import static com.outcomes.service.ServiceFixture.outcome;
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

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.Status;
import com.outcomes.domain.ValidationException;
import com.outcomes.error.ForbiddenException;
import com.outcomes.error.NotFoundException;
import com.outcomes.store.MetricEntity;
import com.outcomes.store.StoreTestDatabase;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(StoreTestDatabase.class)
@Data(StoreTestDatabase.StoreSchema.class)
public class MetricServiceTest {

    private EntityManager entityManager;
    private ServiceFixture fx;

    @Before
    public void setUp() {
        fx = new ServiceFixture(entityManager);
        fx.work.challenge("OUT-1", "Improve customer satisfaction")
                .outcome("OUT-2", "Customers are satisfied with support", "OUT-1");
    }

    @Test
    public void defineStoresMetricAndReturnsItWithNoData() throws Exception {
        // when
        MetricView view = fx.core.metrics().define("admin", "OUT-2",
                outcome("CSAT", 75, 90, TODAY.minusDays(30), TODAY.plusDays(60)));
        // then
        assertEquals("OUT-2", view.metric().issueKey());
        assertEquals(Status.NO_DATA, view.evaluation().status());
        assertEquals(1, entityManager.count(MetricEntity.class));
    }

    @Test
    public void invalidDefinitionStoresNothingAndNamesTheField() throws Exception {
        // given a target equal to its baseline
        MetricDefinition flat = outcome("CSAT", 75, 75, TODAY, TODAY.plusDays(60));
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.core.metrics().define("admin", "OUT-2", flat));
        // then
        assertEquals("target", e.errors().get(0).field());
        assertEquals(0, entityManager.count(MetricEntity.class));
    }

    @Test
    public void viewerMayNotDefineAndNothingIsStored() throws Exception {
        assertThrows(ForbiddenException.class, () -> fx.core.metrics().define("viewer", "OUT-2",
                outcome("CSAT", 75, 90, TODAY, TODAY.plusDays(60))));
        assertEquals(0, entityManager.count(MetricEntity.class));
    }

    @Test
    public void issueTheCallerCannotSeeIsNotFoundEvenForEditing() {
        assertThrows(NotFoundException.class, () -> fx.core.metrics().define("outsider", "OUT-2",
                outcome("CSAT", 75, 90, TODAY, TODAY.plusDays(60))));
        assertThrows(NotFoundException.class, () -> fx.core.metrics().metricsOf("outsider", "OUT-2", TODAY));
    }

    @Test
    public void metricOfAnInvisibleIssueIsNotFoundById() {
        long id = fx.core.metrics().define("admin", "OUT-2", outcome("CSAT", 75, 90, TODAY, TODAY.plusDays(60)))
                .metric().id();
        assertThrows(NotFoundException.class, () -> fx.core.metrics().get("outsider", id, TODAY));
        assertThrows(NotFoundException.class, () -> fx.core.metrics().get("admin", id + 1000, TODAY));
    }

    @Test
    public void leadingIndicatorMustPointAtAnOutcomeMetric() throws Exception {
        // given a guardrail, which is not an outcome metric
        long guardrail = fx.core.metrics().define("admin", "OUT-2",
                ServiceFixture.guardrail("Tickets per 100 users", 12, com.outcomes.domain.GuardrailComparator.AT_MOST))
                .metric().id();
        // when / then
        ValidationException e = assertThrows(ValidationException.class, () -> fx.core.metrics().define("admin", "OUT-2",
                ServiceFixture.leading("First-contact resolution", 60, 80, guardrail)));
        assertEquals("parentMetricId", e.errors().get(0).field());
        assertEquals(1, entityManager.count(MetricEntity.class));
    }

    @Test
    public void metricsOfComputesAsOfTheRequestedDay() {
        // given CSAT 75 -> 90 over 100 days, measured 82.5 fifty days in
        LocalDate start = TODAY.minusDays(50);
        long id = fx.core.metrics().define("admin", "OUT-2", outcome("CSAT", 75, 90, start, start.plusDays(100)))
                .metric().id();
        fx.core.readings().record("admin", id, new NewReading(82.5, TODAY, null, null, null));
        // when
        List<MetricView> now = fx.core.metrics().metricsOf("viewer", "OUT-2", TODAY);
        List<MetricView> before = fx.core.metrics().metricsOf("viewer", "OUT-2", TODAY.minusDays(1));
        // then
        assertEquals(0.5, now.get(0).evaluation().progress(), 1e-9);
        assertEquals(0.5, now.get(0).evaluation().expected(), 1e-9);
        assertEquals(Status.ON_TRACK, now.get(0).evaluation().status());
        assertNull(before.get(0).evaluation().current());
        assertEquals(Status.NO_DATA, before.get(0).evaluation().status());
    }

    @Test
    public void metricsOfSeveralIssuesLeaveOutTheInvisibleOnes() {
        fx.work.outcome("MKT-2", "Awareness", null);
        fx.core.metrics().define("admin", "OUT-2", outcome("CSAT", 75, 90, TODAY, TODAY.plusDays(60)));
        fx.core.metrics().define("admin", "MKT-2", outcome("Awareness", 10, 20, TODAY, TODAY.plusDays(60)));
        // when
        var forOutsider = fx.core.metrics().metricsOf("outsider", List.of("OUT-2", "MKT-2"), TODAY);
        var forViewer = fx.core.metrics().metricsOf("viewer", List.of("OUT-2", "MKT-2"), TODAY);
        // then
        assertEquals(java.util.Set.of("MKT-2"), forOutsider.keySet());
        assertEquals(java.util.Set.of("OUT-2", "MKT-2"), forViewer.keySet());
    }

    @Test
    public void updateChangesTheDefinitionAndKeepsReadings() {
        long id = fx.core.metrics().define("admin", "OUT-2", outcome("CSAT", 75, 90, TODAY.minusDays(10), TODAY.plusDays(60)))
                .metric().id();
        fx.core.readings().record("admin", id, new NewReading(80, TODAY, null, null, null));
        // when
        MetricView updated = fx.core.metrics().update("admin", id,
                outcome("Customer satisfaction", 75, 95, TODAY.minusDays(10), TODAY.plusDays(60)));
        // then
        assertEquals("Customer satisfaction", updated.metric().definition().name());
        assertEquals(MetricKind.OUTCOME, updated.metric().kind());
        assertEquals(Double.valueOf(80), updated.evaluation().current());
        assertEquals(1, fx.core.readings().history("viewer", id).size());
    }
}
