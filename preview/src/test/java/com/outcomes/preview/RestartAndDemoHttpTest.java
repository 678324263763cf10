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
    public void metricsStoredWithoutOwnerAreGivenTheirFirstReadingsRecorderAtStart() throws Exception {
        // given a metric with a reading by admin, stored as by a preview before owners existed (no OWNER)
        fixture = new PreviewFixture(folder.getRoot().toPath());
        long id;
        try (PreviewHost first = fixture.start()) {
            HttpResponse<String> created = fixture.send(first, HttpRequest.newBuilder(PreviewFixture.uri(first, "/rest/outcomes/1.0/metrics"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"Old\","
                            + " \"baseline\": 75, \"target\": 90, \"startDate\": \"2026-05-01\", \"targetDate\": \"2027-03-31\", \"cadenceDays\": 30}"))
                    .header("Content-Type", "application/json"), "admin", "admin");
            id = JSON.readTree(created.body()).get("id").asLong();
            HttpResponse<String> reading = fixture.send(first, HttpRequest.newBuilder(PreviewFixture.uri(first, "/rest/outcomes/1.0/metrics/" + id + "/readings"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"value\": 80, \"measuredAt\": \"2026-11-02\"}"))
                    .header("Content-Type", "application/json"), "admin", "admin");
            assertEquals(reading.body(), 201, reading.statusCode());
        }
        try (com.outcomes.preview.db.PreviewDatabase database = com.outcomes.preview.db.PreviewDatabase.open(
                fixture.settings(fixture.issuesFile, null).database())) {
            for (com.outcomes.store.MetricEntity metric : database.entityManager().find(com.outcomes.store.MetricEntity.class)) {
                metric.setOwner(null);
                metric.save();
            }
        }

        // when
        try (PreviewHost second = fixture.start()) {
            JsonNode metric = JSON.readTree(fixture.get(second, "/rest/outcomes/1.0/metrics/" + id, "viewer", "viewer").body());

            // then
            assertEquals(metric.toString(), "admin", metric.get("owner").asText());
        }
    }

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
            assertTrue("CSAT and two leading indicators: " + first, first >= 3);
            assertEquals(first, metricsOf(fixture, again, DemoPortfolio.CSAT).size());
        }
    }

    @Test
    public void resetDemoDropsRecordedValuesAndSeedsTheDemoAfresh() throws Exception {
        // given a demo in which someone recorded a value
        fixture = new PreviewFixture(folder.getRoot().toPath());
        long csat;
        int readingsBefore;
        try (PreviewHost demo = PreviewHost.start(fixture.settings(null, null), PreviewFixture.CLOCK)) {
            csat = metricsOf(fixture, demo, DemoPortfolio.CSAT).get(0).get("id").asLong();
            readingsBefore = readingsOf(fixture, demo, csat).size();
            HttpResponse<String> recorded = fixture.send(demo, HttpRequest.newBuilder(PreviewFixture.uri(demo,
                            "/rest/outcomes/1.0/metrics/" + csat + "/readings"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"value\": 99, \"measuredAt\": \""
                            + PreviewFixture.CLOCK.instant().toString().substring(0, 10) + "\"}"))
                    .header("Content-Type", "application/json"), "admin", "admin");
            assertEquals(recorded.body(), 201, recorded.statusCode());
        }

        // when the preview restarts with --reset-demo
        PreviewSettings s = fixture.settings(null, null);
        PreviewSettings reset = new PreviewSettings(s.bind(), s.port(), s.dataDir(), s.issuesFile(), s.jiraUrl(), s.jql(),
                s.fieldNames(), s.database(), s.usersFile(), true);
        try (PreviewHost again = PreviewHost.start(reset, PreviewFixture.CLOCK)) {
            // then the demo is back as seeded: same CSAT history, without the recorded 99
            JsonNode metric = metricsOf(fixture, again, DemoPortfolio.CSAT).get(0);
            JsonNode history = readingsOf(fixture, again, metric.get("id").asLong());
            assertEquals(readingsBefore, history.size());
            history.forEach(r -> assertTrue(r.toString(), r.get("value").asDouble() != 99));
        }
    }

    private static JsonNode readingsOf(PreviewFixture fixture, PreviewHost host, long metricId) throws Exception {
        HttpResponse<String> response = fixture.get(host, "/rest/outcomes/1.0/metrics/" + metricId + "/readings", "viewer", "viewer");
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static JsonNode metricsOf(PreviewFixture fixture, PreviewHost host, String issueKey) throws Exception {
        HttpResponse<String> response = fixture.get(host, "/rest/outcomes/1.0/metrics?issueKey=" + issueKey, "viewer", "viewer");
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }
}
