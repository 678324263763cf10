package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.guardrail;
import static com.outcomes.domain.DomainFixtures.outcome;
import static com.outcomes.domain.DomainFixtures.targeted;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ChangeTest {

    @Test
    public void risingValueIsWorseWhenTheTargetIsBelowTheBaseline() {
        // given: average response time 24 → 8 hours
        MetricDefinition responseTime = targeted(MetricKind.LEADING, 24, 8, JAN_1, JAN_1.plusDays(180));

        // when / then
        assertEquals(Change.WORSE, Change.of(responseTime, 10.0, 10.3));
        assertEquals(Change.BETTER, Change.of(responseTime, 10.3, 10.0));
    }

    @Test
    public void risingValueIsBetterWhenTheTargetIsAboveTheBaseline() {
        MetricDefinition share = outcome(10, 20, JAN_1, JAN_1.plusDays(180));

        assertEquals(Change.BETTER, Change.of(share, 12.0, 12.5));
        assertEquals(Change.WORSE, Change.of(share, 12.5, 12.0));
    }

    @Test
    public void fallingValueOfAnAtMostGuardrailIsBetter() {
        MetricDefinition tickets = guardrail(12, GuardrailComparator.AT_MOST);

        assertEquals(Change.BETTER, Change.of(tickets, 5.0, 4.9));
        assertEquals(Change.WORSE, Change.of(tickets, 4.9, 5.0));
    }

    @Test
    public void fallingValueOfAnAtLeastGuardrailIsWorse() {
        MetricDefinition csat = guardrail(80, GuardrailComparator.AT_LEAST);

        assertEquals(Change.WORSE, Change.of(csat, 85.0, 84.0));
    }

    @Test
    public void noChangeIsFlatAndAMissingValueIsUnknown() {
        MetricDefinition share = outcome(10, 20, JAN_1, JAN_1.plusDays(180));

        assertEquals(Change.FLAT, Change.of(share, 12.0, 12.0));
        assertEquals(Change.UNKNOWN, Change.of(share, null, 12.0));
    }
}
