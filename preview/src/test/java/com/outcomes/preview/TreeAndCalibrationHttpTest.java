package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.ClassRule;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.preview.demo.DemoPortfolio;

/** GET /tree and /rice/calibration over real HTTP on the demo portfolio: shapes, permissions, errors, the pages. */
public class TreeAndCalibrationHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onTheDemo().withUsers("""
            {"users": [{"name": "viewer", "password": "viewer", "browse": ["*"], "edit": []},
                       {"name": "mkt", "password": "mkt", "browse": ["MKT"], "edit": []}]}""");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return PREVIEW.get(path, user, user);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    public void theTreeNestsChallengesOutcomesMetricsLeadingIndicatorsAndEpics() throws Exception {
        // when
        HttpResponse<String> response = get(API + "/tree?project=OUT", "viewer");
        // then
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode tree = json(response);
        assertEquals("OUT", tree.get("projectKey").asText());
        assertEquals(3, tree.get("challenges").size());
        JsonNode challenge = tree.get("challenges").get(0);
        assertEquals(DemoPortfolio.MARKET_SHARE_CHALLENGE, challenge.get("issueKey").asText());
        assertEquals("KPI", challenge.get("metrics").get(0).get("metric").get("kind").asText());
        JsonNode share = challenge.get("outcomes").get(0);
        assertEquals(DemoPortfolio.MARKET_SHARE, share.get("issueKey").asText());
        assertFalse(share.get("closed").asBoolean());
        JsonNode outcomeMetric = share.get("metrics").get(0);
        assertEquals("OUTCOME", outcomeMetric.get("metric").get("kind").asText());
        JsonNode leading = outcomeMetric.get("leading").get(0).get("metric");
        assertEquals("LEADING", leading.get("kind").asText());
        assertEquals(outcomeMetric.get("metric").get("id").asLong(), leading.get("parentMetricId").asLong());
        assertTrue(leading.has("correlation"));
        JsonNode epic = share.get("epics").get(0);
        for (String field : List.of("key", "summary", "done", "total", "rice", "score")) {
            assertTrue(field + " in " + epic, epic.has(field));
        }
        // the shipped epics carry their RICE
        List<String> rated = new ArrayList<>();
        share.get("epics").forEach(e -> {
            if (!e.get("rice").isNull()) {
                rated.add(e.get("key").asText());
            }
        });
        assertEquals(2, rated.size());
        assertTrue(tree.get("unassigned").isArray());
    }

    @Test
    public void calibrationOfTheDemoHasAtLeastFivePointsAndRho() throws Exception {
        HttpResponse<String> response = get(API + "/rice/calibration?project=OUT", "viewer");
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode calibration = json(response);
        assertTrue(calibration.toString(), calibration.get("n").asInt() >= 5);
        assertEquals(calibration.get("n").asInt(), calibration.get("epics").size());
        double rho = calibration.get("spearman").asDouble();
        assertTrue("ρ " + rho, rho >= -1 && rho <= 1 && !calibration.get("spearman").isNull());
        JsonNode point = calibration.get("epics").get(0);
        for (String field : List.of("outcomeKey", "epicKey", "impact", "riceScore", "progressChange")) {
            assertTrue(field + " in " + point, point.has(field));
        }
    }

    @Test
    public void anOutcomesEpicsCarryTheObservedChangeOrNull() throws Exception {
        JsonNode epics = json(get(API + "/outcomes/" + DemoPortfolio.MARKET_SHARE + "/epics", "viewer")).get("epics");
        int observed = 0;
        for (JsonNode e : epics) {
            assertTrue(e.toString(), e.has("observed"));
            if (!e.get("observed").isNull()) {
                observed++;
                assertTrue(e.get("observed").has("from"));
                assertTrue(e.get("observed").has("to"));
                assertTrue(e.get("observed").get("progressChange").isNumber());
            }
        }
        assertEquals(2, observed);
    }

    @Test
    public void aProjectTheCallerMayNotBrowseOrThatDoesNotExistIs404() throws Exception {
        assertEquals(404, get(API + "/tree?project=OUT", "mkt").statusCode());
        assertEquals(404, get(API + "/rice/calibration?project=OUT", "mkt").statusCode());
        assertEquals(404, get(API + "/tree?project=NOPE", "viewer").statusCode());
        assertEquals(200, get(API + "/tree?project=MKT", "mkt").statusCode());
    }

    @Test
    public void aMissingProjectOrABadAsOfIs400NamingTheField() throws Exception {
        HttpResponse<String> noProject = get(API + "/tree", "viewer");
        assertEquals(400, noProject.statusCode());
        assertEquals("project", json(noProject).get("errors").get(0).get("field").asText());
        HttpResponse<String> badAsOf = get(API + "/rice/calibration?project=OUT&asOf=2026-13-01", "viewer");
        assertEquals(400, badAsOf.statusCode());
        assertEquals("asOf", json(badAsOf).get("errors").get(0).get("field").asText());
    }

    @Test
    public void anonymousCallersAre401() throws Exception {
        assertEquals(401, PREVIEW.get(API + "/tree?project=OUT", null, null).statusCode());
        assertEquals(401, PREVIEW.get(API + "/rice/calibration?project=OUT", null, null).statusCode());
    }

    @Test
    public void thePagesRenderTheTreeAndTheScatterData() throws Exception {
        HttpResponse<String> tree = get("/tree?project=OUT", "viewer");
        assertEquals(200, tree.statusCode());
        assertTrue(tree.body().contains("data-outcomes-tree"));
        assertTrue(tree.body().contains("data-key=\"" + DemoPortfolio.NPS + "\""));
        assertTrue("NPS runs blind", tree.body().contains("running blind"));
        HttpResponse<String> calibration = get("/calibration?project=OUT", "viewer");
        assertEquals(200, calibration.statusCode());
        assertTrue(calibration.body().contains("data-points=\"[{"));
        assertTrue(calibration.body().contains("/web/calibration.js"));
        assertEquals(404, get("/tree?project=OUT", "mkt").statusCode());
        assertEquals(400, get("/tree", "viewer").statusCode());
    }
}
