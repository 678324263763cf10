package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.correction;
import static com.outcomes.domain.DomainFixtures.guardrail;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.hundredDays;
import static com.outcomes.domain.DomainFixtures.reading;
import static com.outcomes.domain.DomainFixtures.withCadence;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;

import org.junit.Test;

/** DESIGN §3b: due date = latest measuredAt + cadenceDays; no reading: startDate (guardrails: the day defined). */
public class DueDateTest {

    private static final MetricDefinition WEEKLY = withCadence(hundredDays(), 7);
    private static final LocalDate DEFINED = LocalDate.of(2026, 3, 10);

    @Test
    public void dueCadenceDaysAfterTheLatestMeasurement() {
        ReadingHistory h = history(reading(1, 5, JAN_1), reading(2, 6, JAN_1.plusDays(10)));

        assertEquals(JAN_1.plusDays(17), Staleness.dueDate(WEEKLY, h, DEFINED));
    }

    @Test
    public void aCorrectedReadingCountsByItsCorrection() {
        ReadingHistory h = history(reading(1, 5, JAN_1.plusDays(10)), correction(2, 1, 6, JAN_1.plusDays(3)));

        assertEquals(JAN_1.plusDays(10), Staleness.dueDate(WEEKLY, h, DEFINED));
    }

    @Test
    public void neverMeasuredIsDueOnTheStartDate() {
        assertEquals(JAN_1, Staleness.dueDate(WEEKLY, ReadingHistory.empty(), DEFINED));
    }

    @Test
    public void neverMeasuredGuardrailIsDueOnTheDayItWasDefined() {
        assertEquals(DEFINED,
                Staleness.dueDate(guardrail(5, GuardrailComparator.AT_MOST), ReadingHistory.empty(), DEFINED));
    }

    @Test
    public void guardrailOfUnknownDefinitionDayWithoutStartDateHasNoDueDate() {
        assertNull(Staleness.dueDate(guardrail(5, GuardrailComparator.AT_MOST), ReadingHistory.empty(), null));
    }

    @Test
    public void theEvaluationCarriesTheGuardrailsDueDate() {
        MetricEvaluation e = new MetricEvaluator().evaluate(guardrail(5, GuardrailComparator.AT_MOST),
                ReadingHistory.empty(), DEFINED.plusDays(1), null, DEFINED);

        assertEquals(DEFINED, e.dueDate());
    }
}
