package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The outcome lifecycle of DESIGN §3b/§5 over real HTTP against the running preview (Jetty, Jersey, Active Objects on
 * HSQLDB) with the small issues document: OUT-2 is an Outcome, OUT-1 a Challenge, OUT-3 an Epic, SEC-1 an Outcome
 * only admin and viewer may see. Every test starts with OUT-2 open.
 */
public class LifecycleHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withUsers("""
            {"users": [{"name": "admin", "password": "admin", "browse": ["*"], "edit": ["*"]},
                       {"name": "viewer", "password": "viewer", "browse": ["*"], "edit": []},
                       {"name": "ann", "password": "ann", "browse": ["OUT"], "edit": ["OUT"]}]}""");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static final String JSON_TYPE = "application/json";
    /** The fixture's clock: 2026-11-18. */
    private static final String TODAY = "2026-11-18";
    private static final String MISSED = "{\"result\": \"MISSED\", \"learning\": \"Chat did not move CSAT\","
            + " \"closedOn\": \"2026-11-10\"}";

    private static long metricId;

    @BeforeClass
    public static void defineAMeasuredMetric() throws Exception {
        HttpResponse<String> created = send("POST", "/metrics", "admin", JSON_TYPE, """
                {"issueKey": "OUT-2", "kind": "OUTCOME", "name": "CSAT", "unit": "%", "baseline": 75, "target": 95,
                 "startDate": "2026-09-01", "targetDate": "2027-03-31", "cadenceDays": 7}""");
        assertEquals(created.body(), 201, created.statusCode());
        metricId = json(created).get("id").asLong();
        HttpResponse<String> reading = send("POST", "/metrics/" + metricId + "/readings", "admin", JSON_TYPE,
                "{\"value\": 80, \"measuredAt\": \"2026-10-01\"}");
        assertEquals(reading.body(), 201, reading.statusCode());
    }

    @Before
    public void outcomeIsOpen() throws Exception {
        send("POST", "/outcomes/OUT-2/reopen", "admin", JSON_TYPE, "{}"); // 200 or 409: either way open now
    }

    @Test
    public void closingAnswersTheClosureWithItsFinalScore() throws Exception {
        // when
        HttpResponse<String> response = send("POST", "/outcomes/OUT-2/close", "admin", JSON_TYPE, MISSED);

        // then: CSAT 80 on a 75 → 95 line is a quarter of the way
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode closure = json(response);
        assertEquals("OUT-2", closure.get("issueKey").asText());
        assertEquals("MISSED", closure.get("result").asText());
        assertEquals("Chat did not move CSAT", closure.get("learning").asText());
        assertEquals("2026-11-10", closure.get("closedOn").asText());
        assertEquals("admin", closure.get("closedBy").asText());
        assertEquals(0.25, closure.get("finalScore").asDouble(), 1e-9);
    }

    @Test
    public void aClosedOutcomeLeavesTheDashboardUnlessAskedForAndAppearsUnderWhatWeLearned() throws Exception {
        // given
        assertEquals(List.of("OUT-2"), dashboardOutcomes(get("/dashboard?project=OUT", "viewer")));
        assertTrue(json(get("/dashboard?project=OUT", "viewer")).findValue("closed").isNull());

        // when
        assertEquals(200, send("POST", "/outcomes/OUT-2/close", "admin", JSON_TYPE, MISSED).statusCode());

        // then
        assertEquals(List.of(), dashboardOutcomes(get("/dashboard?project=OUT", "viewer")));
        assertEquals(List.of(), dashboardOutcomes(get("/dashboard?project=OUT&includeClosed=false", "viewer")));
        JsonNode included = json(get("/dashboard?project=OUT&includeClosed=true", "viewer"));
        assertEquals(List.of("OUT-2"), dashboardOutcomes(included));
        JsonNode outcome = included.get("challenges").get(0).get("outcomes").get(0);
        assertEquals("MISSED", outcome.get("closed").get("result").asText());
        JsonNode metric = outcome.get("metrics").get(0);
        assertEquals(80, metric.get("current").asDouble(), 0);
        assertFalse(metric.get("stale").asBoolean());
        HttpResponse<String> learned = get("/outcomes/closed?project=OUT", "viewer");
        assertEquals(learned.body(), 200, learned.statusCode());
        JsonNode first = json(learned).get(0);
        assertEquals("OUT-2", first.get("issueKey").asText());
        assertEquals("CSAT rises from 75% to 90%", first.get("summary").asText());
        assertEquals("Chat did not move CSAT", first.get("learning").asText());
        assertEquals("admin", first.get("closedBy").asText());
    }

    @Test
    public void aClosedOutcomesMetricsRefuseReadingsImportsAndChangesNamingTheOutcome() throws Exception {
        // given
        assertEquals(200, send("POST", "/outcomes/OUT-2/close", "admin", JSON_TYPE, MISSED).statusCode());

        // when
        List<HttpResponse<String>> writes = List.of(
                send("POST", "/metrics/" + metricId + "/readings", "admin", JSON_TYPE,
                        "{\"value\": 90, \"measuredAt\": \"" + TODAY + "\"}"),
                send("POST", "/metrics/" + metricId + "/readings/import", "admin", "text/csv", "2026-11-17,90\n"),
                send("PUT", "/metrics/" + metricId, "admin", JSON_TYPE, """
                        {"issueKey": "OUT-2", "kind": "OUTCOME", "name": "CSAT renamed", "unit": "%", "baseline": 75,
                         "target": 95, "startDate": "2026-09-01", "targetDate": "2027-03-31", "cadenceDays": 7}"""));

        // then
        for (HttpResponse<String> write : writes) {
            assertError(write, 409, "OUT-2");
        }
        JsonNode metric = json(get("/metrics/" + metricId, "viewer"));
        assertEquals("CSAT", metric.get("name").asText());
        assertEquals(1, json(get("/metrics/" + metricId + "/readings", "viewer")).size());
    }

    @Test
    public void closingTwiceOrReopeningAnOpenOutcomeIsAConflict() throws Exception {
        assertError(send("POST", "/outcomes/OUT-2/reopen", "admin", JSON_TYPE, "{}"), 409, "OUT-2");
        assertEquals(200, send("POST", "/outcomes/OUT-2/close", "admin", JSON_TYPE, MISSED).statusCode());
        assertError(send("POST", "/outcomes/OUT-2/close", "admin", JSON_TYPE, MISSED), 409, "OUT-2");

        HttpResponse<String> reopened = send("POST", "/outcomes/OUT-2/reopen", "admin", JSON_TYPE, "{}");
        assertEquals(reopened.body(), 200, reopened.statusCode());
        assertEquals("MISSED", json(reopened).get("result").asText());
        assertEquals(201, send("POST", "/metrics/" + metricId + "/readings", "admin", JSON_TYPE,
                "{\"value\": 81, \"measuredAt\": \"" + TODAY + "\"}").statusCode());
        assertEquals(List.of(), names(json(get("/outcomes/closed?project=OUT", "viewer"))));
    }

    @Test
    public void badClosuresAre400NamingTheFieldAndStoreNothing() throws Exception {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"{\"learning\": \"x\"}", "result"});
        rows.add(new String[] {"{\"result\": \"missed\", \"learning\": \"x\"}", "result"});
        rows.add(new String[] {"{\"result\": 1, \"learning\": \"x\"}", "result"});
        rows.add(new String[] {"{\"result\": \"MISSED\", \"learning\": \"  \"}", "learning"});
        rows.add(new String[] {"{\"result\": \"ABANDONED\"}", "learning"});
        rows.add(new String[] {"{\"result\": \"MISSED\", \"learning\": \"" + "x".repeat(4001) + "\"}", "learning"});
        rows.add(new String[] {"{\"result\": \"MISSED\", \"learning\": 42}", "learning"});
        rows.add(new String[] {"{\"result\": \"ACHIEVED\", \"closedOn\": \"2026-11-19\"}", "closedOn"});
        rows.add(new String[] {"{\"result\": \"ACHIEVED\", \"closedOn\": 20261110}", "closedOn"});
        rows.add(new String[] {"{\"result\": \"ACHIEVED\", \"closedOn\": \"10.11.2026\"}", "closedOn"});
        for (String[] row : rows) {
            assertError(send("POST", "/outcomes/OUT-2/close", "admin", JSON_TYPE, row[0]), 400, row[1]);
        }
        assertError(get("/dashboard?project=OUT&includeClosed=yes", "viewer"), 400, "includeClosed");
        assertError(get("/dashboard?project=OUT&includeClosed=", "viewer"), 400, "includeClosed");
        assertEquals(List.of(), names(json(get("/outcomes/closed?project=OUT", "viewer"))));
    }

    @Test
    public void onlyEditorsOfAVisibleOutcomeMayCloseIt() throws Exception {
        assertError(send("POST", "/outcomes/OUT-2/close", null, JSON_TYPE, MISSED), 401, null);
        assertError(send("POST", "/outcomes/OUT-2/close", "viewer", JSON_TYPE, MISSED), 403, null);
        assertError(send("POST", "/outcomes/SEC-1/close", "ann", JSON_TYPE, MISSED), 404, null);
        assertError(send("POST", "/outcomes/OUT-1/close", "admin", JSON_TYPE, MISSED), 404, null);
        assertError(send("POST", "/outcomes/OUT-3/close", "admin", JSON_TYPE, MISSED), 404, null);
        assertError(send("POST", "/outcomes/OUT-404/close", "admin", JSON_TYPE, MISSED), 404, null);
        assertError(send("POST", "/outcomes/OUT-2/reopen", "viewer", JSON_TYPE, "{}"), 403, null);
        assertError(get("/outcomes/closed?project=OUT", null), 401, null);
        assertError(get("/outcomes/closed?project=SEC", "ann"), 404, null);
        assertError(get("/outcomes/closed", "admin"), 400, "project");
    }

    @Test
    public void aCloseWithoutJsonIs415() throws Exception {
        assertError(send("POST", "/outcomes/OUT-2/close", "admin", "text/plain", MISSED), 415, null);
        HttpResponse<String> noType = PREVIEW.send(PREVIEW.request(
                API + "/outcomes/OUT-2/close").POST(HttpRequest.BodyPublishers.ofString(MISSED)), "admin", "admin");
        assertError(noType, 415, null);
        assertEquals(List.of(), names(json(get("/outcomes/closed?project=OUT", "viewer"))));
    }

    private static List<String> dashboardOutcomes(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        return dashboardOutcomes(json(response));
    }

    private static List<String> dashboardOutcomes(JsonNode dashboard) {
        List<String> keys = new ArrayList<>();
        dashboard.get("challenges").forEach(c -> c.get("outcomes").forEach(o -> keys.add(o.get("issueKey").asText())));
        dashboard.get("unassigned").forEach(o -> keys.add(o.get("issueKey").asText()));
        return keys;
    }

    private static List<String> names(JsonNode closed) {
        List<String> keys = new ArrayList<>();
        closed.forEach(c -> keys.add(c.get("issueKey").asText()));
        return keys;
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return PREVIEW.get(API + path, user, user);
    }

    private static HttpResponse<String> send(String method, String path, String user, String type, String body)
            throws Exception {
        return PREVIEW.send(PREVIEW.request(API + path)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", type), user, user);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** The error body of DESIGN §5, naming {@code field} when given, without a stack trace. */
    private static void assertError(HttpResponse<String> response, int status, String field) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        JsonNode body = json(response);
        assertEquals(status, body.get("status").asInt());
        if (field != null) {
            assertEquals(response.body(), field, body.get("errors").get(0).get("field").asText());
        }
        assertFalse("no stack trace", response.body().contains("Exception"));
    }
}
