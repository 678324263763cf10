package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.preview.demo.DemoPortfolio;

/** What survives a restart, and the demo seeding, over real HTTP with a real database. */
public class RestartAndDemoHttpTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private PreviewFixture fixture;

    @org.junit.After
    public void dropDatabase() {
        if (fixture != null) {
            fixture.dropDatabase();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void restartOnTheSameDataKeepsMetricsAndReadings() throws Exception {
        // given
        fixture = new PreviewFixture(folder.getRoot().toPath());
        long id;
        try (PreviewHost first = fixture.start()) {
            HttpResponse<String> created = fixture.send(first, HttpRequest.newBuilder(PreviewFixture.uri(first, "/rest/outcomes/1.0/metrics"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"Kept\","
                            + " \"baseline\": 75, \"target\": 90, \"startDate\": \"2026-05-01\", \"targetDate\": \"2027-03-31\", \"cadenceDays\": 30}"))
                    .header("Content-Type", "application/json"), "admin", "admin");
            assertEquals(created.body(), 201, created.statusCode());
            id = JSON.readTree(created.body()).get("id").asLong();
            HttpResponse<String> reading = fixture.send(first, HttpRequest.newBuilder(PreviewFixture.uri(first, "/rest/outcomes/1.0/metrics/" + id + "/readings"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"value\": 81.5, \"measuredAt\": \"2026-11-02\"}"))
                    .header("Content-Type", "application/json"), "admin", "admin");
            assertEquals(reading.body(), 201, reading.statusCode());
        }

        // when
        try (PreviewHost second = fixture.start()) {
            HttpResponse<String> metric = fixture.get(second, "/rest/outcomes/1.0/metrics/" + id, "viewer", "viewer");

            // then
            assertEquals(metric.body(), 200, metric.statusCode());
            JsonNode body = JSON.readTree(metric.body());
            assertEquals("Kept", body.get("name").asText());
            assertEquals(81.5, body.get("current").asDouble(), 1e-9);
        }
    }

    @Test
    public void demoIsSeededIntoAnEmptyDatabaseOnceOnly() throws Exception {
        // given
        fixture = new PreviewFixture(folder.getRoot().toPath());
        int first;
        try (PreviewHost demo = PreviewHost.start(fixture.settings(null, null), PreviewFixture.CLOCK)) {
            first = metricsOf(fixture, demo, DemoPortfolio.CSAT).size();
            JsonNode dashboard = JSON.readTree(fixture.get(demo, "/rest/outcomes/1.0/dashboard?project=OUT", "viewer", "viewer").body());
            assertEquals(3, dashboard.get("challenges").size());
        }

        // when
        try (PreviewHost again = PreviewHost.start(fixture.settings(null, null), PreviewFixture.CLOCK)) {
            // then
            assertTrue("CSAT, two leading indicators and a guardrail: " + first, first >= 4);
            assertEquals(first, metricsOf(fixture, again, DemoPortfolio.CSAT).size());
        }
    }

    private static JsonNode metricsOf(PreviewFixture fixture, PreviewHost host, String issueKey) throws Exception {
        HttpResponse<String> response = fixture.get(host, "/rest/outcomes/1.0/metrics?issueKey=" + issueKey, "viewer", "viewer");
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }
}
