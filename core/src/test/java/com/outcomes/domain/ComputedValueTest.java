package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** DESIGN §3b: value = scale × count(jql) / count(per), or scale × count(jql). */
public class ComputedValueTest {

    @Test
    public void withoutPerTheValueIsTheScaledCount() {
        assertEquals(14.0, ComputedValue.of(new ComputedBy("type = Bug", null, 2), 7, null).getAsDouble(), 0);
    }

    @Test
    public void withPerTheValueIsTheScaledRatio() {
        assertEquals(25.0, ComputedValue.of(new ComputedBy("resolution is EMPTY", "project = OUT", 100), 5, 20L)
                .getAsDouble(), 1e-12);
    }

    @Test
    public void aPerThatCountsNothingGivesNoValue() {
        assertTrue(ComputedValue.of(new ComputedBy("type = Bug", "project = NONE", 1), 3, 0L).isEmpty());
    }
}
