package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * DESIGN §5's input and transport rules over real HTTP against the preview: writes must say they send JSON (CSV for
 * the import) or get 415; writes from another origin get 403; TRACE and TRACK get 405 everywhere without echoing
 * anything; JSON answers are nosniff and no-store, pages cannot be framed by other sites; and the server listens on
 * the loopback address only unless told otherwise.
 */
public class TransportHttpTest {

    @ClassRule
    public static final RunningPreview PREVIEW = RunningPreview.onSmallIssues();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static final String CONTENT_TYPE_MESSAGE = "Send the body with Content-Type application/json (a CSV import: text/csv).";
    private static final String READING = "{\"value\": 80, \"measuredAt\": \"2026-11-01\", \"note\": \"sent\"}";

    private static long metricId;

    @BeforeClass
    public static void defineAMetric() throws Exception {
        HttpResponse<String> created = send("POST", "/metrics", "application/json",
                "{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"CSAT\", \"unit\": \"%\", \"baseline\": 75,"
                        + " \"target\": 90, \"startDate\": \"2026-05-01\", \"targetDate\": \"2027-03-31\", \"cadenceDays\": 30}");
        assertEquals(created.body(), 201, created.statusCode());
        metricId = JSON.readTree(created.body()).get("id").asLong();
    }

    // ---- 415: writes say what they send ----

    @Test
    public void jsonWritesWithoutAContentTypeAre415NamingContentTypeAndStoreNothing() throws Exception {
        // given
        int before = readings();
        List<String[]> writes = List.of(
                new String[] {"POST", "/metrics/" + metricId + "/readings", READING},
                new String[] {"POST", "/metrics", "{\"issueKey\": \"OUT-2\", \"kind\": \"KPI\", \"name\": \"x\"}"},
                new String[] {"PUT", "/metrics/" + metricId, "{\"kind\": \"KPI\"}"},
                new String[] {"PUT", "/outcomes/OUT-2/epics/OUT-3/rice", "{\"reach\": 1, \"impact\": 1, \"confidence\": 1, \"effort\": 1}"},
                new String[] {"POST", "/metrics/" + metricId + "/readings/import", "2026-11-01,80\n"});

        for (String[] write : writes) {
            // when
            HttpResponse<String> response = send(write[0], write[1], null, write[2]);

            // then
            assertContentTypeRefused(write[0] + " " + write[1], response);
        }
        assertEquals(before, readings());
        assertEquals("the definition is unchanged", "OUTCOME", metric().get("kind").asText());
    }

    @Test
    public void csvImportAsTextPlainIs415AndStoresNothing() throws Exception {
        // given: what a cross-site <form enctype="text/plain"> sends
        int before = readings();

        // when
        HttpResponse<String> response = send("POST", "/metrics/" + metricId + "/readings/import", "text/plain", "2026-11-01,80\n");

        // then
        assertContentTypeRefused("text/plain import", response);
        assertEquals(before, readings());
    }

    @Test
    public void jsonWritesSentAsFormsOrTextAre415() throws Exception {
        int before = readings();
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/csv")) {
            assertContentTypeRefused(type, send("POST", "/metrics/" + metricId + "/readings", type, READING));
        }
        assertEquals(before, readings());
    }

    @Test
    public void jsonWithACharsetAndCsvWithACharsetAreAccepted() throws Exception {
        // when
        HttpResponse<String> json = send("POST", "/metrics/" + metricId + "/readings", "application/json; charset=UTF-8", READING);
        HttpResponse<String> csv = send("POST", "/metrics/" + metricId + "/readings/import", "text/csv; charset=utf-8", "2026-10-01,79\n");

        // then
        assertEquals(json.body(), 201, json.statusCode());
        assertEquals(csv.body(), 200, csv.statusCode());
    }

    // ---- 403: writes from another origin ----

    @Test
    public void writeFromAnotherOriginIs403NamingOriginAndStoresNothing() throws Exception {
        // given
        int before = readings();

        // when
        HttpResponse<String> otherPort = withHeader("Origin", "http://127.0.0.1:1");
        HttpResponse<String> otherHost = withHeader("Origin", "http://evil.example");
        HttpResponse<String> opaque = withHeader("Origin", "null");

        // then
        for (HttpResponse<String> response : List.of(otherPort, otherHost, opaque)) {
            assertError(response, 403, "Origin", "Writes are accepted only from this server's own pages.");
        }
        assertEquals(before, readings());
    }

    @Test
    public void writeWithoutOriginFromAPageOfAnotherOriginIs403() throws Exception {
        int before = readings();
        assertError(withHeader("Referer", "http://evil.example/attack.html"), 403, "Origin",
                "Writes are accepted only from this server's own pages.");
        assertEquals(before, readings());
    }

    @Test
    public void writeFromTheServersOwnOriginOrFromNoPageIsAccepted() throws Exception {
        // given
        String own = "http://" + PREVIEW.host().baseUri().getHost() + ":" + PREVIEW.host().port();

        // when
        HttpResponse<String> sameOrigin = withHeader("Origin", own);
        HttpResponse<String> sameOriginReferer = withHeader("Referer", own + "/browse/OUT-2");
        HttpResponse<String> script = send("POST", "/metrics/" + metricId + "/readings", "application/json", READING);

        // then
        assertEquals(sameOrigin.body(), 201, sameOrigin.statusCode());
        assertEquals(sameOriginReferer.body(), 201, sameOriginReferer.statusCode());
        assertEquals(script.body(), 201, script.statusCode());
    }

    @Test
    public void readsFromAnotherOriginAreNotRefused() throws Exception {
        // a GET changes nothing; what another site may read is the browser's same-origin policy's business
        HttpResponse<String> response = PREVIEW.send(PREVIEW.request(API + "/metrics/" + metricId)
                .header("Origin", "http://evil.example").GET(), "admin", "admin");
        assertEquals(200, response.statusCode());
    }

    // ---- 405: TRACE and TRACK ----

    @Test
    public void traceAndTrackAre405EverywhereAndEchoNothing() throws Exception {
        for (String method : List.of("TRACE", "TRACK")) {
            for (String path : List.of(API + "/metrics/" + metricId, "/dashboard", "/browse/OUT-2", "/web/outcomes-common.js", "/nowhere")) {
                // when
                HttpResponse<String> response = PREVIEW.send(PREVIEW.request(path)
                        .method(method, HttpRequest.BodyPublishers.noBody()).header("X-Secret", "canary"), "admin", "admin");

                // then
                String what = method + " " + path;
                assertEquals(what, 405, response.statusCode());
                assertFalse(what + " echoes the request: " + response.body(),
                        response.body().contains("canary") || response.body().contains("Authorization") || response.body().contains("Basic "));
            }
        }
    }

    @Test
    public void traceOnTheApiAnswersTheJsonErrorBody() throws Exception {
        HttpResponse<String> response = PREVIEW.send(PREVIEW.request(API + "/dashboard")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()), null, null);
        assertError(response, 405, null, "This address does not accept that method.");
    }

    // ---- headers ----

    @Test
    public void jsonAnswersAreNosniffAndNoStoreOnceEach() throws Exception {
        for (HttpResponse<String> response : List.of(
                PREVIEW.get(API + "/metrics/" + metricId, "admin", "admin"),
                PREVIEW.get(API + "/metrics/999999", "admin", "admin"),
                PREVIEW.get(API + "/metrics/" + metricId, null, null),
                send("POST", "/metrics/" + metricId + "/readings", "text/plain", READING),
                send("POST", "/metrics/" + metricId + "/readings", "application/json", READING))) {
            String what = response.request().method() + " " + response.uri() + " " + response.statusCode();
            assertTrue(what, response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(what, List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"));
            assertEquals(what, List.of("no-store"), response.headers().allValues("Cache-Control"));
        }
    }

    @Test
    public void htmlPagesMayBeFramedOnlyByTheSameOrigin() throws Exception {
        for (HttpResponse<String> response : List.of(
                PREVIEW.get("/dashboard", "admin", "admin"),
                PREVIEW.get("/browse/OUT-2", "admin", "admin"),
                PREVIEW.get("/browse/NOPE-1", "admin", "admin"),
                PREVIEW.get("/dashboard", null, null))) {
            String what = response.uri() + " " + response.statusCode();
            assertEquals(what, List.of("SAMEORIGIN"), response.headers().allValues("X-Frame-Options"));
            assertEquals(what, List.of("frame-ancestors 'self'"), response.headers().allValues("Content-Security-Policy"));
            assertEquals(what, List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"));
        }
        assertTrue(PREVIEW.get("/dashboard", "admin", "admin").headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }

    // ---- bind ----

    @Test
    public void listensOnTheLoopbackAddressByDefault() throws Exception {
        // then the server says where it is
        assertEquals("127.0.0.1", PREVIEW.host().baseUri().getHost());

        // and another address of this machine is not served
        Optional<InetAddress> external = externalAddress();
        assumeTrue("this machine has no non-loopback IPv4 address to try", external.isPresent());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(external.get(), PREVIEW.host().port()), 2_000);
            throw new AssertionError("reachable on " + external.get().getHostAddress() + ":" + PREVIEW.host().port());
        } catch (IOException refused) {
            assertTrue(refused.toString(), refused.getMessage() == null
                    || refused.getMessage().toLowerCase(Locale.ROOT).contains("refused")
                    || refused.getMessage().toLowerCase(Locale.ROOT).contains("timed out"));
        }
    }

    // ---- helpers ----

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static HttpResponse<String> withHeader(String name, String value) throws Exception {
        return PREVIEW.send(PREVIEW.request(API + "/metrics/" + metricId + "/readings")
                .POST(HttpRequest.BodyPublishers.ofString(READING)).header("Content-Type", "application/json")
                .header(name, value), "admin", "admin");
    }

    /** An admin's write; {@code type} null sends no Content-Type at all. */
    private static HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = PREVIEW.request(API + path)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return PREVIEW.send(request, "admin", "admin");
    }

    private static int readings() throws Exception {
        HttpResponse<String> history = PREVIEW.get(API + "/metrics/" + metricId + "/readings", "admin", "admin");
        assertEquals(history.body(), 200, history.statusCode());
        return JSON.readTree(history.body()).size();
    }

    private static JsonNode metric() throws Exception {
        return JSON.readTree(PREVIEW.get(API + "/metrics/" + metricId, "admin", "admin").body());
    }

    private static void assertContentTypeRefused(String what, HttpResponse<String> response) throws Exception {
        assertError(response, 415, "Content-Type", CONTENT_TYPE_MESSAGE);
        assertTrue(what, response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    /** DESIGN §5's error body: the status, one error naming the field, a message from the bundle, no class name. */
    private static void assertError(HttpResponse<String> response, int status, String field, String message) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(response.body(), status, body.get("status").asInt());
        assertEquals(response.body(), 1, body.get("errors").size());
        JsonNode error = body.get("errors").get(0);
        if (field == null) {
            assertTrue(response.body(), error.get("field").isNull());
        } else {
            assertEquals(response.body(), field, error.get("field").asText());
        }
        assertEquals(response.body(), message, error.get("message").asText());
        assertFalse("no class name or stack trace: " + response.body(),
                response.body().matches("(?s).*(Exception|jakarta\\.|org\\.|com\\.|\\tat ).*"));
    }
}
