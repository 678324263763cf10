package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.rest.RequestBodies;
import com.outcomes.service.ReadingService;
import com.outcomes.store.JiraTableNaming;
import com.outcomes.store.StoreEntities;

/**
 * Every bad input of issue 12 (and more) against the real preview over HTTP, one row each: the answer is the status
 * of DESIGN §5 (400, 404 or 413) with the JSON error body, names the field, carries no class name or stack trace,
 * and not one row of any store table changed. Runs on the embedded HSQLDB and, with {@code -Pdb-postgres}, on
 * PostgreSQL.
 */
@RunWith(Parameterized.class)
public class BadInputHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withUsers("""
            {"users": [{"name": "admin", "password": "admin", "browse": ["*"], "edit": ["*"]}]}""");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static final String EMOJI = "\uD83D\uDE00";
    private static final String JSON_TYPE = "application/json";
    private static final String CSV_TYPE = "text/csv";

    private static DatabaseSettings database;
    private static long metricId;
    private static long guardrailId;

    /** One bad request: {@code {metric}} and {@code {guardrail}} in the path stand for ids made at start. */
    public record Bad(String name, String method, String path, String type, Supplier<byte[]> body, int status,
                      String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Bad bad;

    public BadInputHttpTest(Bad bad) {
        this.bad = bad;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The table
    // ---------------------------------------------------------------------------------------------------------

    @Parameters(name = "{0}")
    public static Collection<Object[]> table() {
        return rows().stream().map(row -> new Object[] {row}).toList();
    }

    static List<Bad> rows() {
        List<Bad> rows = new ArrayList<>();
        // POST /metrics: types
        define(rows, "kind as enum position 0", "kind", "0", "kind");
        define(rows, "kind as enum position 3", "kind", "3", "kind");
        define(rows, "kind as quoted position", "kind", "\"0\"", "kind");
        define(rows, "kind as fraction", "kind", "1.5", "kind");
        define(rows, "kind in lower case", "kind", "\"outcome\"", "kind");
        define(rows, "kind empty", "kind", "\"\"", "kind");
        define(rows, "name as number", "name", "42", "name");
        define(rows, "name as boolean", "name", "true", "name");
        define(rows, "name as array", "name", "[\"CSAT\"]", "name");
        define(rows, "name as object", "name", "{\"text\": \"CSAT\"}", "name");
        define(rows, "issueKey as number", "issueKey", "12", "issueKey");
        define(rows, "unit as number", "unit", "5", "unit");
        define(rows, "source as number", "source", "1e3", "source");
        define(rows, "baseline as text", "baseline", "\"75\"", "baseline");
        define(rows, "baseline as empty text", "baseline", "\"\"", "baseline");
        define(rows, "target as boolean", "target", "true", "target");
        define(rows, "cadenceDays as text", "cadenceDays", "\"30\"", "cadenceDays");
        define(rows, "cadenceDays as fraction", "cadenceDays", "7.5", "cadenceDays");
        define(rows, "cadenceDays beyond int", "cadenceDays", "99999999999", "cadenceDays");
        define(rows, "parentMetricId beyond long", "parentMetricId", "99999999999999999999", "parentMetricId");
        define(rows, "parentMetricId as exponent", "parentMetricId", "1e30", "parentMetricId");
        define(rows, "startDate as number", "startDate", "20000", "startDate");
        // POST /metrics: numbers
        define(rows, "baseline 1e39", "baseline", "1e39", "baseline");
        define(rows, "target -1e39", "target", "-1e39", "target");
        define(rows, "target 1e400 (infinite)", "target", "1e400", "target");
        define(rows, "baseline just over 1e15", "baseline", "1000000000000001", "baseline");
        define(rows, "baseline NaN token", "baseline", "NaN", "baseline");
        define(rows, "target Infinity token", "target", "Infinity", "target");
        // POST /metrics: text
        define(rows, "name with NUL", "name", "\"CS\\u0000AT\"", "name");
        define(rows, "name with lone high surrogate", "name", "\"CSAT \\ud83d\"", "name");
        define(rows, "unit with lone low surrogate", "unit", "\"\\ude00%\"", "unit");
        define(rows, "source with NUL", "source", "\"Survey\\u0000\"", "source");
        define(rows, "issueKey with NUL", "issueKey", "\"OUT-2\\u0000\"", "issueKey");
        define(rows, "name of 256 emoji", "name", quoted(EMOJI.repeat(256)), "name");
        define(rows, "name of 256 letters", "name", quoted("n".repeat(256)), "name");
        define(rows, "unit of 65 emoji", "unit", quoted(EMOJI.repeat(65)), "unit");
        // POST /metrics: dates
        define(rows, "startDate in year 100000000", "startDate", "\"+100000000-01-01\"", "startDate");
        define(rows, "startDate in 1969", "startDate", "\"1969-12-31\"", "startDate");
        define(rows, "targetDate in year 10000", "targetDate", "\"10000-01-01\"", "targetDate");
        define(rows, "targetDate 30 February", "targetDate", "\"2027-02-30\"", "targetDate");
        // POST /metrics: whole bodies
        rows.add(json("name given twice", "POST", "/metrics", metric().toString().replace("{", "{\"name\": \"x\", "),
                400, "name"));
        rows.add(json("null body on define", "POST", "/metrics", "null", 400, "body"));
        rows.add(json("array body", "POST", "/metrics", "[]", 400, "body"));
        rows.add(json("text body", "POST", "/metrics", "\"CSAT\"", 400, "body"));
        rows.add(json("empty body", "POST", "/metrics", "", 400, "body"));
        rows.add(json("trailing garbage", "POST", "/metrics", metric() + " and more", 400, "body"));
        rows.add(json("nesting 5000 deep", "POST", "/metrics",
                "{\"colour\": " + "[".repeat(5000) + "]".repeat(5000) + "}", 400, "body"));
        rows.add(bytes("malformed UTF-8", "POST", "/metrics", JSON_TYPE, () -> concat(
                "{\"issueKey\": \"OUT-2\", \"name\": \"", new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}"), 400, "body"));
        rows.add(bytes("surrogate encoded as UTF-8 (CESU)", "POST", "/metrics", JSON_TYPE, () -> concat(
                "{\"name\": \"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}"), 400, "body"));
        rows.add(bytes("JSON over 10 MB", "POST", "/metrics", JSON_TYPE,
                () -> oversized("{\"name\": \"", RequestBodies.JSON_LIMIT), 413, "body"));

        // PUT /metrics/{id}
        rows.add(json("null body on update", "PUT", "/metrics/{metric}", "null", 400, "body"));
        rows.add(json("update kind as enum position", "PUT", "/metrics/{metric}", metric().with("kind", "2").toString(),
                400, "kind"));
        rows.add(json("update name with NUL", "PUT", "/metrics/{metric}",
                metric().with("name", "\"x\\u0000\"").toString(), 400, "name"));
        rows.add(json("guardrail threshold 1e39", "PUT", "/metrics/{guardrail}",
                guardrail().with("threshold", "1e39").toString(), 400, "threshold"));
        rows.add(json("guardrail comparator as position", "PUT", "/metrics/{guardrail}",
                guardrail().with("comparator", "0").toString(), 400, "comparator"));
        rows.add(bytes("update over 10 MB", "PUT", "/metrics/{metric}", JSON_TYPE,
                () -> oversized("{\"source\": \"", RequestBodies.JSON_LIMIT), 413, "body"));

        // POST /metrics/{id}/readings
        rows.add(json("null body on record", "POST", "/metrics/{metric}/readings", "null", 400, "body"));
        record(rows, "value as text", "value", "\"80\"", "value");
        record(rows, "value as boolean", "value", "true", "value");
        record(rows, "value 1e39", "value", "1e39", "value");
        record(rows, "value -1e16", "value", "-1e16", "value");
        record(rows, "value NaN token", "value", "NaN", "value");
        record(rows, "note as number", "note", "7", "note");
        record(rows, "note with NUL", "note", "\"Q3\\u0000 survey\"", "note");
        record(rows, "note with lone surrogate", "note", "\"\\udbff\"", "note");
        record(rows, "note of 1001 emoji", "note", quoted(EMOJI.repeat(1001)), "note");
        record(rows, "measuredAt in year 100000000", "measuredAt", "\"+100000000-01-01\"", "measuredAt");
        record(rows, "measuredAt in 1969", "measuredAt", "\"1969-12-31\"", "measuredAt");
        record(rows, "measuredAt as number", "measuredAt", "20261110", "measuredAt");
        record(rows, "supersedes as text", "supersedes", "\"1\"", "supersedes");
        record(rows, "supersedes as fraction", "supersedes", "1.5", "supersedes");
        rows.add(json("value given twice", "POST", "/metrics/{metric}/readings",
                "{\"value\": 80, \"measuredAt\": \"2026-11-10\", \"value\": 1e39}", 400, "value"));
        rows.add(bytes("reading over 10 MB", "POST", "/metrics/{metric}/readings", JSON_TYPE,
                () -> oversized("{\"value\": 80, \"measuredAt\": \"2026-11-10\", \"note\": \"", RequestBodies.JSON_LIMIT),
                413, "body"));
        rows.add(json("reading of a metric id that is no number", "POST", "/metrics/abc/readings",
                reading().toString(), 404, null));
        rows.add(json("reading of a metric id beyond long", "POST", "/metrics/99999999999999999999/readings",
                reading().toString(), 404, null));

        // PUT /outcomes/{key}/epics/{epicKey}/rice
        rows.add(json("null body on RICE", "PUT", "/outcomes/OUT-2/epics/OUT-3/rice", "null", 400, "body"));
        rice(rows, "RICE reach 1e39", "reach", "1e39", "reach");
        rice(rows, "RICE reach as text", "reach", "\"1000\"", "reach");
        rice(rows, "RICE impact as text", "impact", "\"2\"", "impact");
        rice(rows, "RICE confidence as boolean", "confidence", "true", "confidence");
        rice(rows, "RICE effort so small the score overflows", "effort", "1e-300", "effort");
        rice(rows, "RICE effort 1e39", "effort", "1e39", "effort");
        rows.add(bytes("RICE over 10 MB", "PUT", "/outcomes/OUT-2/epics/OUT-3/rice", JSON_TYPE,
                () -> oversized("{\"reach\": 1, \"x\": \"", RequestBodies.JSON_LIMIT), 413, "body"));

        // POST /metrics/{id}/readings/import
        csv(rows, "CSV hexadecimal float 0x1p3", "2026-11-01,0x1p3\n", "line 1.value");
        csv(rows, "CSV Java double suffix 1d", "2026-11-01,1d\n", "line 1.value");
        csv(rows, "CSV NaN", "2026-11-01,NaN\n", "line 1.value");
        csv(rows, "CSV Infinity", "2026-11-01,Infinity\n", "line 1.value");
        csv(rows, "CSV value 1e39", "2026-11-01,1e39\n", "line 1.value");
        csv(rows, "CSV decimal comma", "2026-11-01,\"80,5\"\n", "line 1.value");
        csv(rows, "CSV date with year sign", "+2026-11-01,80\n", "line 1.measuredAt");
        csv(rows, "CSV date in 1969", "1969-12-31,80\n", "line 1.measuredAt");
        csv(rows, "CSV note with NUL", "2026-11-01,80,bad\u0000note\n", "line 1.note");
        csv(rows, "CSV BOM, header, then a bad second line", "\uFEFFmeasuredAt,value\n2026-11-01,80\n2026-11-02,x\n",
                "line 3.value");
        csv(rows, "CSV empty", "", "csv");
        csv(rows, "CSV quote never closed on line 2", "2026-11-01,80\n2026-11-02,81,\"open note\n", "line 2");
        rows.add(bytes("CSV malformed UTF-8", "POST", "/metrics/{metric}/readings/import", CSV_TYPE,
                () -> concat("2026-11-01,80,caf", new byte[] {(byte) 0xE9}, "\n"), 400, "body"));
        rows.add(bytes("CSV of 1,000,001 lines", "POST", "/metrics/{metric}/readings/import", CSV_TYPE,
                () -> "2026-11-01,80\n".repeat(ReadingService.MAX_CSV_LINES + 1).getBytes(StandardCharsets.US_ASCII),
                400, "csv"));
        rows.add(bytes("CSV over 50 MB", "POST", "/metrics/{metric}/readings/import", CSV_TYPE,
                () -> oversized("2026-11-01,80,", RequestBodies.CSV_LIMIT), 413, "body"));

        // query and path parameters
        rows.add(get("dashboard asOf in year 100000000", "/dashboard?project=OUT&asOf=%2B100000000-01-01", 400, "asOf"));
        rows.add(get("dashboard asOf with unencoded plus", "/dashboard?project=OUT&asOf=+100000000-01-01", 400, "asOf"));
        rows.add(get("dashboard asOf in 1969", "/dashboard?project=OUT&asOf=1969-12-31", 400, "asOf"));
        rows.add(get("dashboard asOf in year 10000", "/dashboard?project=OUT&asOf=10000-01-01", 400, "asOf"));
        rows.add(get("dashboard project with NUL", "/dashboard?project=OUT%00", 400, "project"));
        rows.add(get("dashboard challenge with NUL", "/dashboard?project=OUT&challenge=%00", 400, "challenge"));
        rows.add(get("dashboard weeks beyond int", "/dashboard?project=OUT&weeks=99999999999", 400, "weeks"));
        rows.add(get("metrics issueKey with NUL", "/metrics?issueKey=OUT-2%00", 400, "issueKey"));
        rows.add(get("metric asOf in year 100000000", "/metrics/{metric}?asOf=%2B100000000-01-01", 400, "asOf"));
        rows.add(get("lint issueKey with NUL", "/lint?issueKey=%00", 400, "issueKey"));
        rows.add(get("lint asOf 30 February", "/lint?issueKey=OUT-2&asOf=2026-02-30", 400, "asOf"));
        rows.add(get("sprint id that is no number", "/sprints/abc/review", 404, null));
        return rows;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The test
    // ---------------------------------------------------------------------------------------------------------

    @BeforeClass
    public static void storeTheRowsThePathsName() throws Exception {
        database = PREVIEW.settings().database();
        metricId = created(send("POST", "/metrics", JSON_TYPE, utf8(metric().toString())));
        guardrailId = created(send("POST", "/metrics", JSON_TYPE, utf8(guardrail().toString())));
        assertEquals(201, send("POST", "/metrics/" + metricId + "/readings", JSON_TYPE, utf8(reading().toString()))
                .statusCode());
        assertEquals(200, send("PUT", "/outcomes/OUT-2/epics/OUT-3/rice", JSON_TYPE, utf8(rice().toString()))
                .statusCode());
    }

    @Test
    public void isRefusedWithItsFieldNamedAndNothingStored() throws Exception {
        // given
        List<String> before = storeSnapshot();

        // when
        String path = bad.path().replace("{metric}", String.valueOf(metricId)).replace("{guardrail}", String.valueOf(guardrailId));
        HttpResponse<String> response = send(bad.method(), path, bad.type(), bad.body() == null ? null : bad.body().get());

        // then: the status and DESIGN §5's error body
        String body = response.body();
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        assertEquals(shown, bad.status(), response.statusCode());
        assertTrue(shown, response.headers().firstValue("Content-Type").orElse("").startsWith(JSON_TYPE));
        JsonNode json = JSON.readTree(body);
        assertEquals(shown, bad.status(), json.get("status").asInt());
        JsonNode errors = json.get("errors");
        assertTrue(shown, errors.isArray() && errors.size() > 0);
        List<String> fields = new ArrayList<>();
        for (JsonNode error : errors) {
            assertTrue(shown, error.get("message").isTextual() && !error.get("message").asText().isBlank());
            fields.add(error.get("field").isNull() ? null : error.get("field").asText());
        }
        assertTrue(shown + " should name " + bad.field(), fields.contains(bad.field()));
        // no Java internals
        for (String internal : new String[] {"java.", "com.", "Exception", "\tat ", "jackson", "Jackson"}) {
            assertFalse(shown, body.contains(internal));
        }
        // and nothing stored or changed
        assertEquals(before, storeSnapshot());
    }

    /** Every row of every store table, in id order: any insert or update shows as a difference. */
    private static List<String> storeSnapshot() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            for (var entity : StoreEntities.ALL) {
                String table = JiraTableNaming.tableName(entity);
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY \"ID\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.append('|').append(rs.getString(c));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        assertFalse("the snapshot sees the rows made at start", rows.isEmpty());
        return rows;
    }

    private static HttpResponse<String> send(String method, String path, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = PREVIEW.request(API + path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return PREVIEW.send(request, "admin", "admin");
    }

    private static long created(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 201, response.statusCode());
        JsonNode id = JSON.readTree(response.body()).get("id");
        assertNotNull(id);
        return id.asLong();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Building rows
    // ---------------------------------------------------------------------------------------------------------

    /** A JSON object as raw field values, so a row can put anything at all in one field. */
    private static final class JsonObject {
        private final Map<String, String> fields = new LinkedHashMap<>();

        JsonObject with(String name, String rawValue) {
            fields.put(name, rawValue);
            return this;
        }

        @Override
        public String toString() {
            StringBuilder json = new StringBuilder("{");
            fields.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name)
                    .append("\": ").append(value));
            return json.append('}').toString();
        }
    }

    private static JsonObject metric() {
        return new JsonObject().with("issueKey", "\"OUT-2\"").with("kind", "\"OUTCOME\"").with("name", "\"CSAT\"")
                .with("unit", "\"%\"").with("baseline", "75").with("target", "90").with("startDate", "\"2026-05-01\"")
                .with("targetDate", "\"2027-03-31\"").with("cadenceDays", "30").with("source", "\"Survey\"");
    }

    private static JsonObject guardrail() {
        return new JsonObject().with("issueKey", "\"OUT-2\"").with("kind", "\"GUARDRAIL\"")
                .with("name", "\"Tickets per 100 users\"").with("cadenceDays", "7").with("threshold", "5")
                .with("comparator", "\"AT_MOST\"");
    }

    private static JsonObject reading() {
        return new JsonObject().with("value", "80").with("measuredAt", "\"2026-11-10\"").with("note", "\"Q3 survey\"");
    }

    private static JsonObject rice() {
        return new JsonObject().with("reach", "1000").with("impact", "2").with("confidence", "0.8").with("effort", "4");
    }

    private static void define(List<Bad> rows, String name, String field, String raw, String expected) {
        rows.add(json(name, "POST", "/metrics", metric().with(field, raw).toString(), 400, expected));
    }

    private static void record(List<Bad> rows, String name, String field, String raw, String expected) {
        rows.add(json(name, "POST", "/metrics/{metric}/readings", reading().with(field, raw).toString(), 400, expected));
    }

    private static void rice(List<Bad> rows, String name, String field, String raw, String expected) {
        rows.add(json(name, "PUT", "/outcomes/OUT-2/epics/OUT-3/rice", rice().with(field, raw).toString(), 400, expected));
    }

    private static void csv(List<Bad> rows, String name, String csv, String expected) {
        rows.add(bytes(name, "POST", "/metrics/{metric}/readings/import", CSV_TYPE, () -> utf8(csv), 400, expected));
    }

    private static Bad json(String name, String method, String path, String json, int status, String field) {
        return bytes(name, method, path, JSON_TYPE, () -> utf8(json), status, field);
    }

    private static Bad bytes(String name, String method, String path, String type, Supplier<byte[]> body, int status,
                             String field) {
        return new Bad(name, method, path, type, body, status, field);
    }

    private static Bad get(String name, String pathAndQuery, int status, String field) {
        return new Bad(name, "GET", pathAndQuery, null, null, status, field);
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] a = utf8(head);
        byte[] c = utf8(tail);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    /** {@code head} then letters up to one byte over {@code limit}: well-formed but for its size. */
    private static byte[] oversized(String head, int limit) {
        byte[] body = new byte[limit + 1];
        java.util.Arrays.fill(body, (byte) 'x');
        byte[] start = utf8(head);
        System.arraycopy(start, 0, body, 0, start.length);
        return body;
    }
}
