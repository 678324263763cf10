package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.ClassRule;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.rest.RequestBodies;

/**
 * The other side of {@link BadInputHttpTest}: inputs at the very edge of the rules are accepted and stored exactly,
 * over real HTTP on the configured database — so the rules refuse what they must and nothing more.
 */
public class InputEdgesHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static final String EMOJI = "\uD83D\uDE00";

    private static HttpResponse<String> send(String method, String path, String type, byte[] body) throws Exception {
        return PREVIEW.send(PREVIEW.request(API + path)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", type), "admin", "admin");
    }

    private static HttpResponse<String> postJson(String path, String json) throws Exception {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return PREVIEW.get(API + path, "admin", "admin");
    }

    private static String metric(String name) {
        return "{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"" + name + "\", \"baseline\": 75, \"target\": 90,"
                + " \"startDate\": \"1970-01-01\", \"targetDate\": \"9999-12-31\", \"cadenceDays\": 30}";
    }

    private static long define(String name) throws Exception {
        HttpResponse<String> created = postJson("/metrics", metric(name));
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    @Test
    public void aNameOf128EmojiAndOneOf255AreStoredWhole() throws Exception {
        // 128 emoji were refused as "over 255 characters" (UTF-16 units were counted)
        for (String name : new String[] {EMOJI.repeat(128), EMOJI.repeat(255)}) {
            long id = define(name);

            assertEquals(name, JSON.readTree(get("/metrics/" + id).body()).get("name").asText());
        }
    }

    @Test
    public void valuesAtTheBoundsAndTheSmallestDoubleRoundTripExactly() throws Exception {
        // given
        long id = define("bounds");
        double[] values = {1e15, -1e15, Double.MIN_VALUE, 0.1 + 0.2};

        // when
        for (int day = 0; day < values.length; day++) {
            HttpResponse<String> recorded = postJson("/metrics/" + id + "/readings",
                    "{\"value\": " + values[day] + ", \"measuredAt\": \"1970-01-0" + (day + 1) + "\"}");
            assertEquals(recorded.body(), 201, recorded.statusCode());
        }

        // then
        JsonNode history = JSON.readTree(get("/metrics/" + id + "/readings").body());
        assertEquals(Arrays.toString(values), values.length, history.size());
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], history.get(i).get("value").asDouble(), 0);
        }
    }

    @Test
    public void anExcelCsvWithByteOrderMarkHeaderAndCrLfIsImported() throws Exception {
        // given the bytes Excel writes for "CSV UTF-8"
        long id = define("from Excel");
        byte[] csv = "\uFEFFmeasuredAt,value,note\r\n2026-10-01,76,\"caf\u00e9 \uD83D\uDE00\"\r\n2026-11-01,-1.5e1\r\n"
                .getBytes(StandardCharsets.UTF_8);

        // when
        HttpResponse<String> imported = send("POST", "/metrics/" + id + "/readings/import", "text/csv", csv);

        // then
        assertEquals(imported.body(), 200, imported.statusCode());
        assertEquals(2, JSON.readTree(imported.body()).get("imported").asInt());
        JsonNode history = JSON.readTree(get("/metrics/" + id + "/readings").body());
        assertEquals("caf\u00e9 \uD83D\uDE00", history.get(0).get("note").asText());
        assertEquals(-15.0, history.get(1).get("value").asDouble(), 0);
    }

    @Test
    public void asOfOnTheFirstAndLastDayOfTheRangeIsAnswered() throws Exception {
        long id = define("as of the edges");
        for (String asOf : new String[] {"1970-01-01", "9999-12-31"}) {
            assertEquals(asOf, 200, get("/dashboard?project=OUT&weeks=104&asOf=" + asOf).statusCode());
            assertEquals(asOf, 200, get("/metrics/" + id + "?asOf=" + asOf).statusCode());
            assertEquals(asOf, 200, get("/lint?issueKey=OUT-2&asOf=" + asOf).statusCode());
        }
    }

    @Test
    public void riceAtTheBoundIsStored() throws Exception {
        HttpResponse<String> rice = send("PUT", "/outcomes/OUT-2/epics/OUT-3/rice", "application/json",
                "{\"reach\": 1e15, \"impact\": 1, \"confidence\": 1, \"effort\": 1}".getBytes(StandardCharsets.UTF_8));

        assertEquals(rice.body(), 200, rice.statusCode());
        assertEquals(1e15, JSON.readTree(rice.body()).get("score").asDouble(), 0);
    }

    @Test
    public void aJsonBodyOfExactlyTenMegabytesIsReadAndJudgedByItsFields() throws Exception {
        // given 10,000,000 bytes: within the limit, so the answer is about the note, not the size
        long id = define("ten megabytes");
        String head = "{\"value\": 1, \"measuredAt\": \"2026-11-01\", \"note\": \"";
        byte[] body = new byte[RequestBodies.JSON_LIMIT];
        Arrays.fill(body, (byte) 'n');
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';

        // when
        HttpResponse<String> response = send("POST", "/metrics/" + id + "/readings", "application/json", body);

        // then
        assertEquals(400, response.statusCode());
        assertEquals("note", JSON.readTree(response.body()).get("errors").get(0).get("field").asText());
    }

    @Test
    public void aCsvOfExactlyFiftyMegabytesIsReadAndJudgedByItsLines() throws Exception {
        long id = define("fifty megabytes");
        byte[] line = "2026-11-01,1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[RequestBodies.CSV_LIMIT];
        for (int i = 0; i < body.length; i++) {
            body[i] = line[i % line.length];
        }

        HttpResponse<String> response = send("POST", "/metrics/" + id + "/readings/import", "text/csv", body);

        assertEquals(400, response.statusCode());
        assertEquals("csv", JSON.readTree(response.body()).get("errors").get(0).get("field").asText());
        assertFalse(response.body().contains("Exception"));
    }
}
