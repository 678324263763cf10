package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.ClassRule;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every endpoint of DESIGN §5 and its status codes, over real HTTP against the running preview
 * (Jetty, Jersey, Active Objects on the configured database) with the small test issues document.
 * Users: admin edits everything, viewer browses everything, ann browses OUT only.
 */
public class RestApiHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withUsers("""
            {"users": [{"name": "admin", "password": "admin", "browse": ["*"], "edit": ["*"]},
                       {"name": "viewer", "password": "viewer", "browse": ["*"], "edit": []},
                       {"name": "ann", "password": "ann", "browse": ["OUT"], "edit": []}]}""");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static final String CSAT = "{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"%s\", \"unit\": \"%%\","
            + " \"baseline\": 75, \"target\": 90, \"startDate\": \"2026-05-01\", \"targetDate\": \"2027-03-31\","
            + " \"cadenceDays\": 30, \"source\": \"Survey\"}";

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return PREVIEW.get(API + path, user, user);
    }

    private static HttpResponse<String> send(String method, String path, String user, String type, String body) throws Exception {
        return PREVIEW.send(PREVIEW.request(API + path)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", type), user, user);
    }

    private static HttpResponse<String> postJson(String path, String user, String body) throws Exception {
        return send("POST", path, user, "application/json", body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static long defineCsat(String name) throws Exception {
        HttpResponse<String> created = postJson("/metrics", "admin", CSAT.formatted(name));
        assertEquals(created.body(), 201, created.statusCode());
        return json(created).get("id").asLong();
    }

    private static void assertError(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        JsonNode body = json(response);
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("errors").isArray() && body.get("errors").size() > 0);
        assertFalse("no stack trace", response.body().contains("Exception"));
    }

    @Test
    public void defineMetricIs201WithComputedFields() throws Exception {
        // when
        HttpResponse<String> response = postJson("/metrics", "admin", CSAT.formatted("CSAT defined"));

        // then
        assertEquals(response.body(), 201, response.statusCode());
        JsonNode metric = json(response);
        assertEquals("OUT-2", metric.get("issueKey").asText());
        assertEquals("OUTCOME", metric.get("kind").asText());
        assertEquals("NO_DATA", metric.get("status").asText());
        assertTrue(metric.get("stale").asBoolean());
        assertTrue(metric.get("id").asLong() > 0);
    }

    @Test
    public void defineWithoutEditPermissionIs403() throws Exception {
        assertError(postJson("/metrics", "viewer", CSAT.formatted("not allowed")), 403);
    }

    @Test
    public void defineOnAnIssueTheCallerCannotSeeOrThatDoesNotExistIs404() throws Exception {
        assertError(postJson("/metrics", "ann", CSAT.formatted("x").replace("OUT-2", "SEC-1")), 404);
        assertError(postJson("/metrics", "admin", CSAT.formatted("x").replace("OUT-2", "NOPE-9")), 404);
    }

    @Test
    public void invalidDefinitionIs400NamingTheField() throws Exception {
        // when
        HttpResponse<String> response = postJson("/metrics", "admin", CSAT.formatted("bad").replace("\"cadenceDays\": 30", "\"cadenceDays\": 0"));

        // then
        assertError(response, 400);
        assertEquals("cadenceDays", json(response).get("errors").get(0).get("field").asText());
    }

    @Test
    public void malformedJsonIs400() throws Exception {
        assertError(postJson("/metrics", "admin", "{\"issueKey\": "), 400);
    }

    @Test
    public void metricsOfAnIssueAreListedForViewers() throws Exception {
        // given
        long id = defineCsat("listed");

        // when
        HttpResponse<String> response = get("/metrics?issueKey=OUT-2", "viewer");

        // then
        assertEquals(200, response.statusCode());
        boolean found = false;
        for (JsonNode metric : json(response)) {
            found |= metric.get("id").asLong() == id;
        }
        assertTrue(found);
    }

    @Test
    public void metricsOfAnInvisibleIssueAre404() throws Exception {
        assertError(get("/metrics?issueKey=SEC-1", "ann"), 404);
    }

    @Test
    public void oneMetricIs200AndUnknownOrNonNumericIdIs404() throws Exception {
        // given
        long id = defineCsat("one");

        // then
        HttpResponse<String> response = get("/metrics/" + id + "?asOf=2026-11-01", "viewer");
        assertEquals(200, response.statusCode());
        assertEquals("one", json(response).get("name").asText());
        assertError(get("/metrics/987654321", "viewer"), 404);
        assertError(get("/metrics/abc", "viewer"), 404);
    }

    @Test
    public void updateIs200ForEditorsAnd403ForViewers() throws Exception {
        // given
        long id = defineCsat("before");

        // when
        HttpResponse<String> updated = send("PUT", "/metrics/" + id, "admin", "application/json", CSAT.formatted("after"));
        HttpResponse<String> refused = send("PUT", "/metrics/" + id, "viewer", "application/json", CSAT.formatted("viewer's"));

        // then
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals("after", json(updated).get("name").asText());
        assertError(refused, 403);
    }

    @Test
    public void recordedReadingIs201AndBecomesTheCurrentValue() throws Exception {
        // given
        long id = defineCsat("recorded");

        // when
        HttpResponse<String> recorded = postJson("/metrics/" + id + "/readings", "admin",
                "{\"value\": 80, \"measuredAt\": \"2026-11-10\", \"note\": \"Q3 survey\"}");

        // then
        assertEquals(recorded.body(), 201, recorded.statusCode());
        assertEquals("admin", json(recorded).get("recordedBy").asText());
        JsonNode metric = json(get("/metrics/" + id, "viewer"));
        assertEquals(80.0, metric.get("current").asDouble(), 1e-9);
        assertEquals("2026-11-10", metric.get("lastMeasuredAt").asText());
        assertFalse(metric.get("stale").asBoolean());
    }

    @Test
    public void readingInTheFutureIs400OnMeasuredAt() throws Exception {
        // given: the preview's clock says 2026-11-18
        long id = defineCsat("future");

        // when
        HttpResponse<String> response = postJson("/metrics/" + id + "/readings", "admin", "{\"value\": 80, \"measuredAt\": \"2026-12-24\"}");

        // then
        assertError(response, 400);
        assertEquals("measuredAt", json(response).get("errors").get(0).get("field").asText());
    }

    @Test
    public void recordingWithoutEditPermissionIs403() throws Exception {
        long id = defineCsat("read only");
        assertError(postJson("/metrics/" + id + "/readings", "viewer", "{\"value\": 80, \"measuredAt\": \"2026-11-10\"}"), 403);
    }

    @Test
    public void secondCorrectionOfTheSameReadingIs409AndHistoryMarksTheSupersededOne() throws Exception {
        // given
        long id = defineCsat("corrected");
        long wrong = json(postJson("/metrics/" + id + "/readings", "admin", "{\"value\": 70, \"measuredAt\": \"2026-11-01\"}")).get("id").asLong();
        HttpResponse<String> first = postJson("/metrics/" + id + "/readings", "admin",
                "{\"value\": 77, \"measuredAt\": \"2026-11-01\", \"supersedes\": " + wrong + "}");

        // when
        HttpResponse<String> second = postJson("/metrics/" + id + "/readings", "admin",
                "{\"value\": 78, \"measuredAt\": \"2026-11-01\", \"supersedes\": " + wrong + "}");

        // then
        assertEquals(first.body(), 201, first.statusCode());
        assertError(second, 409);
        JsonNode history = json(get("/metrics/" + id + "/readings", "viewer"));
        assertEquals(2, history.size());
        assertEquals(wrong, history.get(0).get("id").asLong());
        assertTrue(history.get(0).get("superseded").asBoolean());
        assertFalse(history.get(1).get("superseded").asBoolean());
        assertEquals(77.0, json(get("/metrics/" + id, "viewer")).get("current").asDouble(), 1e-9);
    }

    @Test
    public void csvImportIsAllOrNothing() throws Exception {
        // given
        long id = defineCsat("imported");

        // when
        HttpResponse<String> good = send("POST", "/metrics/" + id + "/readings/import", "admin", "text/csv",
                "2026-09-01,76\n2026-10-01,77.5,after the chat launch\n");
        HttpResponse<String> bad = send("POST", "/metrics/" + id + "/readings/import", "admin", "text/csv",
                "2026-10-15,78\nnot-a-date,79\n");

        // then
        assertEquals(good.body(), 200, good.statusCode());
        assertEquals(2, json(good).get("imported").asInt());
        assertError(bad, 400);
        assertEquals(2, json(get("/metrics/" + id + "/readings", "viewer")).size());
    }

    @Test
    public void dashboardGroupsOutcomesUnderTheirChallengeWithOutputByWeek() throws Exception {
        // given
        defineCsat("on the dashboard");

        // when
        HttpResponse<String> response = get("/dashboard?project=OUT&weeks=4&asOf=2026-11-18", "viewer");

        // then
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode dashboard = json(response);
        assertEquals("2026-11-18", dashboard.get("asOf").asText());
        assertEquals(4, dashboard.get("weeks").asInt());
        JsonNode challenge = dashboard.get("challenges").get(0);
        assertEquals("OUT-1", challenge.get("issueKey").asText());
        JsonNode outcome = challenge.get("outcomes").get(0);
        assertEquals("OUT-2", outcome.get("issueKey").asText());
        JsonNode epic = outcome.get("output").get("epics").get(0);
        assertEquals("OUT-3", epic.get("key").asText());
        assertEquals(2, epic.get("total").asInt());
        assertEquals(1, epic.get("done").asInt());
        assertEquals(4, outcome.get("output").get("doneByWeek").size());
        assertEquals(1, outcome.get("output").get("doneInWindow").asInt());
    }

    @Test
    public void dashboardViewIsTheGadgetsHtmlAndFailsWithTheSameJsonErrors() throws Exception {
        // given
        defineCsat("on the gadget");

        // when the gadget asks for its content as a browser does, and with bad input
        HttpResponse<String> view = PREVIEW.send(PREVIEW.request(
                API + "/dashboard/view?project=OUT&weeks=4&asOf=2026-11-18").header("Accept", "text/html").GET(),
                "viewer", "viewer");
        HttpResponse<String> bad = PREVIEW.send(PREVIEW.request(
                API + "/dashboard/view?project=OUT&weeks=-3").header("Accept", "text/html").GET(), "viewer", "viewer");
        HttpResponse<String> anonymous = PREVIEW.get(API + "/dashboard/view?project=OUT", null, null);

        // then HTML rendered by the server, and the JSON error bodies of /dashboard
        assertEquals(view.body(), 200, view.statusCode());
        assertTrue(view.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(view.body(), view.body().contains("<article class=\"oc-outcome\" data-outcome-key=\"OUT-2\">"));
        assertTrue(view.body(), view.body().contains("on the gadget: 75% \u2192 90% by 31 Mar 2027</"));
        assertError(bad, 400);
        assertEquals("weeks", json(bad).get("errors").get(0).get("field").asText());
        assertError(anonymous, 401);
    }

    @Test
    public void dashboardWithBadWeeksIs400() throws Exception {
        assertError(get("/dashboard?project=OUT&weeks=-3", "viewer"), 400);
    }

    @Test
    public void sprintReviewIs200AndUnknownSprintIs404() throws Exception {
        // when
        HttpResponse<String> review = get("/sprints/5/review", "viewer");

        // then
        assertEquals(review.body(), 200, review.statusCode());
        assertError(get("/sprints/999/review", "viewer"), 404);
    }

    @Test
    public void lintReturnsFindingsForAVisibleIssueAnd404Otherwise() throws Exception {
        // when
        HttpResponse<String> lint = get("/lint?issueKey=OUT-2", "viewer");

        // then
        assertEquals(lint.body(), 200, lint.statusCode());
        assertError(get("/lint?issueKey=SEC-1", "ann"), 404);
    }

    @Test
    public void epicsOfAnOutcomeAndRiceForOneOfThem() throws Exception {
        // when
        HttpResponse<String> rice = send("PUT", "/outcomes/OUT-2/epics/OUT-3/rice", "admin", "application/json",
                "{\"reach\": 1000, \"impact\": 2, \"confidence\": 0.8, \"effort\": 4}");
        HttpResponse<String> epics = get("/outcomes/OUT-2/epics", "viewer");

        // then
        assertEquals(rice.body(), 200, rice.statusCode());
        assertEquals(200, epics.statusCode());
        assertTrue(epics.body(), epics.body().contains("OUT-3"));
        assertTrue(epics.body(), epics.body().contains("400"));
    }

    @Test
    public void riceWithAnImpactOffTheScaleIs400AndViewersGet403() throws Exception {
        assertError(send("PUT", "/outcomes/OUT-2/epics/OUT-3/rice", "admin", "application/json",
                "{\"reach\": 1000, \"impact\": 7, \"confidence\": 0.8, \"effort\": 4}"), 400);
        assertError(send("PUT", "/outcomes/OUT-2/epics/OUT-3/rice", "viewer", "application/json",
                "{\"reach\": 1000, \"impact\": 2, \"confidence\": 0.8, \"effort\": 4}"), 403);
    }

    @Test
    public void everyEndpointNeedsCredentials() throws Exception {
        for (String path : new String[] {"/metrics?issueKey=OUT-2", "/metrics/1", "/metrics/1/readings", "/dashboard?project=OUT",
                "/sprints/5/review", "/lint?issueKey=OUT-2", "/outcomes/OUT-2/epics"}) {
            assertEquals(path, 401, PREVIEW.get(API + path, null, null).statusCode());
        }
    }

    @Test
    public void twentyFourParallelReadingsOnOneMetricAreAllStored() throws Exception {
        // given
        long id = defineCsat("CSAT under load");
        ExecutorService clients = Executors.newFixedThreadPool(24);
        List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String body = "{\"value\": " + (70 + i) + ", \"measuredAt\": \"2026-11-01\", \"note\": \"client " + i + "\"}";
            posts.add(() -> postJson("/metrics/" + id + "/readings", "admin", body));
        }
        // when
        List<Future<HttpResponse<String>>> responses;
        try {
            responses = clients.invokeAll(posts);
        } finally {
            clients.shutdown();
        }
        // then every request was answered 201 and every reading is in the history, once
        for (Future<HttpResponse<String>> response : responses) {
            assertEquals(response.get().body(), 201, response.get().statusCode());
        }
        JsonNode history = json(get("/metrics/" + id + "/readings", "viewer"));
        assertEquals(24, history.size());
        Set<String> notes = new HashSet<>();
        history.forEach(r -> notes.add(r.get("note").asText()));
        assertEquals(24, notes.size());
    }

    @Test
    public void dashboardShowsAUserOnlyTheProjectsTheyMayBrowse() throws Exception {
        // ann browses OUT only: SEC is "unknown or not visible" to her (404, not an empty dashboard), visible to viewer
        HttpResponse<String> forAnn = get("/dashboard?project=SEC&weeks=4", "ann");
        JsonNode forViewer = json(get("/dashboard?project=SEC&weeks=4", "viewer"));
        assertEquals(404, forAnn.statusCode());
        assertEquals("Project SEC does not exist or you may not see it.", json(forAnn).get("errors").get(0).get("message").asText());
        assertEquals(1, forViewer.get("challenges").size() + forViewer.get("unassigned").size());
        assertEquals(1, json(get("/dashboard?project=OUT&weeks=4", "ann")).get("challenges").size());
    }

    @Test
    public void dashboardOfAnUnknownProjectIsNotFoundAndAChallengeThatIsAnOutcomeIsBadInput() throws Exception {
        // when
        HttpResponse<String> unknown = get("/dashboard?project=NOPE&weeks=4", "viewer");
        HttpResponse<String> notAChallenge = get("/dashboard?project=OUT&challenge=OUT-2&weeks=4", "viewer");

        // then
        assertEquals(404, unknown.statusCode());
        assertEquals(400, notAChallenge.statusCode());
        JsonNode error = json(notAChallenge).get("errors").get(0);
        assertEquals("challenge", error.get("field").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().startsWith("OUT-2 is not a challenge"));
    }
}
