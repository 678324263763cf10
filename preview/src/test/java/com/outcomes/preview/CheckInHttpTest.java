package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.ClassRule;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GET / POST /outcomes/{key}/checkins over real HTTP against the running preview (Jetty, Jersey, Active Objects on the
 * configured database) with the small issues document: OUT-1 a challenge, OUT-2 an outcome, OUT-3 an epic, SEC-1 an
 * outcome ann may not see. Users: admin edits everything, viewer browses everything, ann browses OUT only.
 */
public class CheckInHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withUsers("""
            {"users": [{"name": "admin", "password": "admin", "browse": ["*"], "edit": ["*"]},
                       {"name": "viewer", "password": "viewer", "browse": ["*"], "edit": []},
                       {"name": "ann", "password": "ann", "browse": ["OUT"], "edit": []}]}""");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static final String CHECKINS = "/outcomes/OUT-2/checkins";

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return PREVIEW.get(API + path, user, user);
    }

    private static HttpResponse<String> post(String path, String user, String type, String body) throws Exception {
        return PREVIEW.send(PREVIEW.request(API + path)
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", type), user, user);
    }

    private static HttpResponse<String> postJson(String path, String user, String body) throws Exception {
        return post(path, user, "application/json", body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static int storedCheckIns() throws Exception {
        return json(get(CHECKINS, "admin")).size();
    }

    /** The error body of DESIGN §5 with the given status, naming {@code field} when one is given. */
    private static void assertError(HttpResponse<String> response, int status, String field) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        JsonNode body = json(response);
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("errors").isArray() && body.get("errors").size() > 0);
        if (field != null) {
            assertEquals(response.body(), field, body.get("errors").get(0).get("field").asText());
        }
        assertFalse("no stack trace", response.body().contains("Exception"));
    }

    @Test
    public void addingACheckInIs201WithTheStoredCheckInAndTheListIsNewestFirst() throws Exception {
        // when
        HttpResponse<String> first = postJson(CHECKINS, "admin", "{\"confidence\": 8, \"comment\": \"good start\"}");
        HttpResponse<String> second = postJson(CHECKINS, "admin", "{\"confidence\": 6}");

        // then
        assertEquals(first.body(), 201, first.statusCode());
        JsonNode stored = json(first);
        assertTrue(stored.get("id").asLong() > 0);
        assertEquals("OUT-2", stored.get("issueKey").asText());
        assertEquals(8, stored.get("confidence").asInt());
        assertEquals("good start", stored.get("comment").asText());
        assertEquals("admin", stored.get("createdBy").asText());
        assertEquals("2026-11-18T10:00:00Z", stored.get("createdAt").asText());
        assertTrue(json(second).get("comment").isNull());

        JsonNode list = json(get(CHECKINS, "viewer"));
        int firstAt = -1;
        int secondAt = -1;
        for (int i = 0; i < list.size(); i++) {
            long id = list.get(i).get("id").asLong();
            firstAt = id == stored.get("id").asLong() ? i : firstAt;
            secondAt = id == json(second).get("id").asLong() ? i : secondAt;
        }
        assertTrue("newest first: " + list, secondAt >= 0 && secondAt < firstAt);
    }

    @Test
    public void badConfidenceOrCommentIs400NamingTheFieldAndStoresNothing() throws Exception {
        int before = storedCheckIns();
        String[][] rows = {
                {"{\"confidence\": 0}", "confidence"},
                {"{\"confidence\": 11}", "confidence"},
                {"{\"confidence\": \"7\"}", "confidence"},
                {"{\"confidence\": 2.5}", "confidence"},
                {"{\"comment\": \"no confidence\"}", "confidence"},
                {"{\"confidence\": 5, \"comment\": \"" + "a".repeat(4001) + "\"}", "comment"},
                {"{\"confidence\": 5, \"comment\": 7}", "comment"},
                {"{\"confidence\": 5, \"comment\": \"x\\u0000y\"}", "comment"},
                {"null", "body"},
        };
        for (String[] row : rows) {
            assertError(postJson(CHECKINS, "admin", row[0]), 400, row[1]);
        }
        assertEquals(before, storedCheckIns());
    }

    @Test
    public void aCommentOf4000CharactersIsAccepted() throws Exception {
        HttpResponse<String> response = postJson(CHECKINS, "admin",
                "{\"confidence\": 5, \"comment\": \"" + "\uD83D\uDE00".repeat(4000) + "\"}");

        assertEquals(response.body(), 201, response.statusCode());
        assertEquals("\uD83D\uDE00".repeat(4000), json(response).get("comment").asText());
    }

    @Test
    public void anonymousIs401() throws Exception {
        assertEquals(401, PREVIEW.get(API + CHECKINS, null, null).statusCode());
        HttpResponse<String> post = PREVIEW.send(PREVIEW.request(API + CHECKINS)
                .POST(HttpRequest.BodyPublishers.ofString("{\"confidence\": 5}"))
                .header("Content-Type", "application/json"), null, null);
        assertEquals(401, post.statusCode());
    }

    @Test
    public void aViewerWithoutEditIs403() throws Exception {
        assertError(postJson(CHECKINS, "viewer", "{\"confidence\": 5}"), 403, null);
    }

    @Test
    public void anInvisibleUnknownOrNonOutcomeKeyIs404() throws Exception {
        assertError(get("/outcomes/SEC-1/checkins", "ann"), 404, null);
        assertError(postJson("/outcomes/SEC-1/checkins", "ann", "{\"confidence\": 5}"), 404, null);
        assertError(get("/outcomes/OUT-99/checkins", "admin"), 404, null);
        assertError(postJson("/outcomes/OUT-3/checkins", "admin", "{\"confidence\": 5}"), 404, null);
    }

    @Test
    public void aChallengeKeyIs400NamingTheKey() throws Exception {
        assertError(get("/outcomes/OUT-1/checkins", "admin"), 400, "key");
        assertError(postJson("/outcomes/OUT-1/checkins", "admin", "{\"confidence\": 5}"), 400, "key");
    }

    @Test
    public void aBodyThatIsNotJsonIs415() throws Exception {
        int before = storedCheckIns();

        assertEquals(415, post(CHECKINS, "admin", "text/plain", "{\"confidence\": 5}").statusCode());
        assertEquals(415, post(CHECKINS, "admin", "application/x-www-form-urlencoded", "confidence=5").statusCode());

        assertEquals(before, storedCheckIns());
    }

    @Test
    public void theDashboardCarriesTheLatestCheckInAndFlagsLowConfidence() throws Exception {
        // given
        postJson(CHECKINS, "admin", "{\"confidence\": 2, \"comment\": \"vendor slipped\"}");

        // when
        JsonNode dashboard = json(get("/dashboard?project=OUT&weeks=4", "viewer"));

        // then
        JsonNode outcome = dashboard.get("challenges").get(0).get("outcomes").get(0);
        assertEquals("OUT-2", outcome.get("issueKey").asText());
        assertEquals(2, outcome.get("checkin").get("confidence").asInt());
        assertEquals("vendor slipped", outcome.get("checkin").get("comment").asText());
        boolean low = false;
        for (JsonNode signal : outcome.get("signals")) {
            if (signal.get("code").asText().equals("CONFIDENCE_LOW")) {
                low = true;
                assertEquals("Confidence is low: 2/10 in the latest check-in by admin.", signal.get("message").asText());
            }
        }
        assertTrue(outcome.get("signals").toString(), low);
    }

    @Test
    public void theSprintReviewListsCheckInsPerOutcome() throws Exception {
        // sprint 5 ended on 8 November, before any check-in of this test run (the clock says 18 November)
        JsonNode outcome = json(get("/sprints/5/review", "viewer")).get("outcomes").get(0);

        assertEquals("OUT-2", outcome.get("issueKey").asText());
        assertTrue(outcome.get("checkins").isArray());
        assertEquals(0, outcome.get("checkins").size());
    }
}
