package com.outcomes.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

public class ConcurrencyCheckTest {

    private static final String DASHBOARD = """
            {"challenges": [{"issueKey": "BIG-1", "metrics": [{"id": 7, "current": 3.0}],
              "outcomes": [{"issueKey": "BIG-2", "metrics": [{"id": 11, "current": 1000005.0, "lastMeasuredAt": "2026-11-29"}]}]}],
             "unassigned": [{"issueKey": "BIG-9", "metrics": [{"id": 13, "current": null}]}]}
            """;

    @Test
    public void findsTheCheckedMetricAmongOutcomesChallengesAndUnassignedOutcomes() throws Exception {
        // given a dashboard answer
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD);

        // when / then each metric is found where the dashboard puts it
        assertEquals(1000005.0, ConcurrencyBench.metricIn(dashboard, 11).path("current").asDouble(), 0.0);
        assertEquals(3.0, ConcurrencyBench.metricIn(dashboard, 7).path("current").asDouble(), 0.0);
        assertTrue(ConcurrencyBench.metricIn(dashboard, 13).path("current").isNull());
    }

    @Test
    public void aMetricTheDashboardDoesNotShowIsNotFound() throws Exception {
        // given a dashboard answer without metric 99
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD);

        // when / then
        assertNull(ConcurrencyBench.metricIn(dashboard, 99));
    }
}
