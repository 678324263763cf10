package com.outcomes.preview.browser;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The REST API of the preview a browser test drives, called as admin over real HTTP: to seed what a test starts from
 * and to check what the page stored (or did not store), independently of what the page shows.
 */
final class AuthoringRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Basic "
            + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private final BrowserSession browser;
    private final HttpClient http = HttpClient.newHttpClient();

    AuthoringRest(BrowserSession browser) {
        this.browser = browser;
    }

    /** An OUTCOME metric from baseline to target over 2026, measured monthly; its id. */
    long defineOutcomeMetric(String issueKey, String name, double baseline, double target) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("issueKey", issueKey).put("kind", "OUTCOME").put("name", name)
                .put("unit", "").put("baseline", baseline).put("target", target).put("startDate", "2026-01-01")
                .put("targetDate", "2026-12-31").put("cadenceDays", 30).put("source", "survey");
        return send("POST", "/rest/outcomes/1.0/metrics", body.toString(), 201).get("id").asLong();
    }

    /**
     * An OUTCOME metric from 20 to 80 (%) over 2026, computed every 7 days from {@code jql} divided by {@code per}
     * times {@code scale} (DESIGN §3b), owned by admin; its id.
     */
    long defineComputedMetric(String issueKey, String name, String jql, String per, double scale) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("issueKey", issueKey).put("kind", "OUTCOME").put("name", name)
                .put("unit", "%").put("baseline", 20).put("target", 80).put("startDate", "2026-11-01")
                .put("targetDate", "2026-12-31").put("cadenceDays", 7);
        body.putObject("computed").put("jql", jql).put("per", per).put("scale", scale);
        return send("POST", "/rest/outcomes/1.0/metrics", body.toString(), 201).get("id").asLong();
    }

    /** Runs "compute and remind" as of that day (admin only): {@code {computed, reminders, errors}}. */
    JsonNode runJob(String asOf) throws Exception {
        return send("POST", "/rest/outcomes/1.0/jobs/run?asOf=" + asOf, "", 200);
    }

    long record(long metricId, double value, String measuredAt) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("value", value).put("measuredAt", measuredAt);
        return send("POST", "/rest/outcomes/1.0/metrics/" + metricId + "/readings", body.toString(), 201)
                .get("id").asLong();
    }

    void rice(String outcomeKey, String epicKey, double reach, double impact, double confidence, double effort)
            throws Exception {
        ObjectNode body = JSON.createObjectNode().put("reach", reach).put("impact", impact)
                .put("confidence", confidence).put("effort", effort);
        send("PUT", "/rest/outcomes/1.0/outcomes/" + outcomeKey + "/epics/" + epicKey + "/rice", body.toString(), 200);
    }

    /** Closes the outcome as achieved (its metrics are frozen from then on: DESIGN §3b). */
    void close(String outcomeKey) throws Exception {
        send("POST", "/rest/outcomes/1.0/outcomes/" + outcomeKey + "/close",
                JSON.createObjectNode().put("result", "ACHIEVED").toString(), 200);
    }

    JsonNode metricsOf(String issueKey) throws Exception {
        return get("/rest/outcomes/1.0/metrics?issueKey=" + issueKey);
    }

    JsonNode readings(long metricId) throws Exception {
        return get("/rest/outcomes/1.0/metrics/" + metricId + "/readings");
    }

    JsonNode epics(String outcomeKey) throws Exception {
        return get("/rest/outcomes/1.0/outcomes/" + outcomeKey + "/epics");
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(path + " -> " + response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private JsonNode send(String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(path + " -> " + response.body(), expected, response.statusCode());
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(browser.host().baseUri().resolve(path)).header("Authorization", ADMIN);
    }
}
