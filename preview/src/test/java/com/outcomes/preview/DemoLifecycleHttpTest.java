package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.preview.demo.DemoPortfolio;

/** The demo starts with one outcome closed as missed, so "What we learned" has a story from the first start. */
public class DemoLifecycleHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private PreviewFixture fixture;

    @After
    public void dropDatabase() {
        if (fixture != null) {
            fixture.dropDatabase();
        }
    }

    @Test
    public void theDemosClosedOutcomeIsUnderWhatWeLearnedAndOffItsDashboard() throws Exception {
        fixture = new PreviewFixture(folder.getRoot().toPath());
        try (PreviewHost demo = PreviewHost.start(fixture.settings(null, null), PreviewFixture.CLOCK)) {
            // what we learned: the onboarding wizard, missed, with its learning
            JsonNode closed = json(fixture.get(demo, "/rest/outcomes/1.0/outcomes/closed?project=MKT", "viewer", "viewer"));
            assertEquals(1, closed.size());
            assertEquals(DemoPortfolio.ONBOARDING_WIZARD, closed.get(0).get("issueKey").asText());
            assertEquals("MISSED", closed.get(0).get("result").asText());
            assertTrue(closed.get(0).get("learning").asText().startsWith("Launching the wizard was output"));

            // off the dashboard unless asked for
            assertEquals(List.of(DemoPortfolio.ORDER_VALUE), outcomeKeys(json(fixture.get(demo,
                    "/rest/outcomes/1.0/dashboard?project=MKT", "viewer", "viewer"))));
            assertEquals(List.of(DemoPortfolio.ORDER_VALUE, DemoPortfolio.ONBOARDING_WIZARD), outcomeKeys(json(fixture.get(
                    demo, "/rest/outcomes/1.0/dashboard?project=MKT&includeClosed=true", "viewer", "viewer"))));

            // and the page shows it
            HttpResponse<String> page = fixture.get(demo, "/learned?project=MKT", "viewer", "viewer");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("data-outcome-key=\"" + DemoPortfolio.ONBOARDING_WIZARD + "\""));
        }
    }

    @Test
    public void resetDemoClosesTheDemoOutcomeAgainAfterItWasReopened() throws Exception {
        // given a demo in which someone reopened the closed outcome
        fixture = new PreviewFixture(folder.getRoot().toPath());
        try (PreviewHost demo = PreviewHost.start(fixture.settings(null, null), PreviewFixture.CLOCK)) {
            HttpResponse<String> reopened = fixture.send(demo, HttpRequest.newBuilder(PreviewFixture.uri(demo,
                            "/rest/outcomes/1.0/outcomes/" + DemoPortfolio.ONBOARDING_WIZARD + "/reopen"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"),
                    "admin", "admin");
            assertEquals(reopened.body(), 200, reopened.statusCode());
        }

        // when the preview restarts with --reset-demo
        PreviewSettings s = fixture.settings(null, null);
        PreviewSettings reset = new PreviewSettings(s.bind(), s.port(), s.dataDir(), s.issuesFile(), s.jiraUrl(), s.jql(),
                s.fieldNames(), s.database(), s.usersFile(), true);
        try (PreviewHost again = PreviewHost.start(reset, PreviewFixture.CLOCK)) {
            // then it is closed as seeded, once
            JsonNode closed = json(fixture.get(again, "/rest/outcomes/1.0/outcomes/closed?project=MKT", "viewer", "viewer"));
            assertEquals(1, closed.size());
            assertEquals("MISSED", closed.get(0).get("result").asText());
        }
    }

    private static List<String> outcomeKeys(JsonNode dashboard) {
        List<String> keys = new ArrayList<>();
        dashboard.get("challenges").forEach(c -> c.get("outcomes").forEach(o -> keys.add(o.get("issueKey").asText())));
        dashboard.get("unassigned").forEach(o -> keys.add(o.get("issueKey").asText()));
        return keys;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }
}
