package com.outcomes.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.preview.work.FakeJira;
import com.outcomes.preview.work.IssueFieldNames;

import picocli.CommandLine;

/**
 * The preview started with {@code --jira-url} and no field flag against a fake Data Center site: its own field ids
 * (customfield_10104 epic link, customfield_10281 sprint), sprints as strings in two versions' key orders, pages
 * capped at two issues, a done issue without a resolution date and a link to an issue outside the data. The
 * dashboard and the sprint review are read over real HTTP.
 */
public class DataCenterJiraHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static final String FIELDS = """
            [{"id": "summary", "name": "Summary", "custom": false, "schema": {"type": "string", "system": "summary"}},
             {"id": "customfield_10014", "name": "Story Points", "custom": true,
              "schema": {"type": "number", "custom": "com.atlassian.jira.plugin.system.customfieldtypes:float", "customId": 10014}},
             {"id": "customfield_10104", "name": "Epic Link", "custom": true,
              "schema": {"type": "any", "custom": "com.pyxis.greenhopper.jira:gh-epic-link", "customId": 10104}},
             {"id": "customfield_10281", "name": "Sprint", "custom": true,
              "schema": {"type": "array", "items": "string", "custom": "com.pyxis.greenhopper.jira:gh-sprint", "customId": 10281}}]
            """;
    /** Sprint 448 as Jira 8 writes it (id first); sprint 449 as recent Data Center writes it (alphabetical). */
    private static final String SPRINT_448 = "\"com.atlassian.greenhopper.service.sprint.Sprint@57bf7114[id=448,rapidViewId=158,"
            + "state=CLOSED,name=Chat, part 1 [EU],startDate=2026-10-26T09:00:00.000+01:00,endDate=2026-11-08T17:00:00.000+01:00,"
            + "completeDate=2026-11-09T09:30:00.000+01:00,activatedDate=2026-10-26T09:05:00.000+01:00,sequence=448,"
            + "goal=Answer in chat, not by mail,synced=false,autoStartStop=false,incompleteIssuesDestinationId=<null>]\"";
    private static final String SPRINT_449 = "\"com.atlassian.greenhopper.service.sprint.Sprint@1c0ffee[activatedDate=<null>,"
            + "autoStartStop=false,completeDate=<null>,endDate=2026-11-22T17:00:00.000+01:00,goal=,id=449,"
            + "incompleteIssuesDestinationId=<null>,name=Chat, part 2,rapidViewId=158,sequence=449,"
            + "startDate=2026-11-09T09:00:00.000+01:00,state=ACTIVE,synced=false]\"";
    private static final String DONE = "\"status\": {\"name\": \"Done\", \"statusCategory\": {\"key\": \"done\"}}";

    private static FakeJira jira;

    /** The fake site, up before the preview starts and until it has stopped. */
    private static final ExternalResource FAKE_JIRA = new ExternalResource() {
        @Override
        protected void before() throws Throwable {
            jira = new FakeJira(FIELDS, List.of(
                    issue("OUT-1", "Challenge", "Improve customer satisfaction", "\"customfield_10014\": null"),
                    issue("OUT-2", "Outcome", "CSAT rises from 75% to 90%",
                            "\"issuelinks\": [{\"type\": {\"name\": \"Success measure\"}, \"outwardIssue\": {\"key\": \"OUT-1\"}}]"),
                    issue("OUT-3", "Epic", "Live chat for support",
                            "\"issuelinks\": [{\"type\": {\"name\": \"Outcome\"}, \"outwardIssue\": {\"key\": \"OUT-2\"}},"
                                    + " {\"type\": {\"name\": \"Outcome\"}, \"outwardIssue\": {\"key\": \"OTHER-9\"}}]"),
                    issue("OUT-4", "Story", "Chat widget", DONE + ", \"resolutiondate\": \"2026-11-03T10:00:00.000+0100\","
                            + " \"customfield_10104\": \"OUT-3\", \"customfield_10014\": 3.0, \"customfield_10281\": [" + SPRINT_448 + "]"),
                    issue("OUT-5", "Story", "Agent routing", DONE + ", \"resolutiondate\": null,"
                            + " \"updated\": \"2026-11-05T16:00:00.000+0100\", \"customfield_10104\": \"OUT-3\","
                            + " \"customfield_10281\": [" + SPRINT_448 + "]"),
                    issue("OUT-6", "Story", "Canned answers", DONE + ", \"resolutiondate\": \"2026-11-10T11:00:00.000+0100\","
                            + " \"customfield_10104\": \"OUT-3\", \"customfield_10281\": [" + SPRINT_448 + ", " + SPRINT_449 + "]"),
                    issue("OUT-7", "Story", "Chat transcripts by mail", "\"status\": {\"name\": \"In Progress\","
                            + " \"statusCategory\": {\"key\": \"indeterminate\"}}, \"customfield_10104\": \"OUT-3\","
                            + " \"customfield_10281\": " + SPRINT_449)), 2);
        }

        @Override
        protected void after() {
            try {
                jira.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    };

    private static final RunningPreview PREVIEW = RunningPreview.onTheDemo().withSettings(DataCenterJiraHttpTest::onTheFakeJira);

    @ClassRule
    public static final RuleChain JIRA_THEN_PREVIEW = RuleChain.outerRule(FAKE_JIRA).around(PREVIEW);

    private static String issue(String key, String type, String summary, String more) {
        return "{\"id\": \"1" + key.substring(4) + "\", \"key\": \"" + key + "\", \"fields\": {\"project\": {\"key\": \"OUT\"},"
                + " \"issuetype\": {\"name\": \"" + type + "\"}, \"summary\": \"" + summary + "\", " + more + "}}";
    }

    /** The settings of the preview started with {@code --jira-url} and no field flag, on the test database. */
    private static PreviewSettings onTheFakeJira(PreviewSettings settings) {
        // given the command line of a user who names no field
        PreviewMain main = new PreviewMain(PreviewFixture.CLOCK, System.err);
        new CommandLine(main).parseArgs("--jira-url", jira.uri().toString(), "--port", "0");
        PreviewSettings flags = main.settings();
        assertEquals(IssueFieldNames.Origin.DEFAULT, flags.fieldNames().sprintFieldOrigin());
        return new PreviewSettings(null, flags.port(), settings.dataDir(), null, flags.jiraUrl(), flags.jql(),
                flags.fieldNames(), settings.database(), null);
    }

    @BeforeClass
    public static void defineAMeasuredMetric() throws Exception {
        // and a CSAT metric on the outcome, measured before sprint 448 and at its end
        long id = JSON.readTree(post("/metrics", "{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"CSAT\","
                + " \"unit\": \"%\", \"baseline\": 75, \"target\": 90, \"startDate\": \"2026-05-01\", \"targetDate\": \"2027-03-31\","
                + " \"cadenceDays\": 30, \"source\": \"Survey\"}", 201)).get("id").asLong();
        post("/metrics/" + id + "/readings", "{\"value\": 78, \"measuredAt\": \"2026-10-20\"}", 201);
        post("/metrics/" + id + "/readings", "{\"value\": 81, \"measuredAt\": \"2026-11-08\"}", 201);
    }

    private static String post(String path, String body, int expected) throws Exception {
        HttpResponse<String> response = PREVIEW.send(PREVIEW.request(API + path)
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"), "admin", "admin");
        assertEquals(response.body(), expected, response.statusCode());
        return response.body();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = PREVIEW.get(API + path, "viewer", "viewer");
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    @Test
    public void previewAsksJiraForItsFieldsThenReadsEveryPage() {
        // then: the field list, then 7 issues in pages of at most 2, asking for the site's own field ids
        List<String> requests = jira.requests();
        assertTrue(requests.get(0), requests.get(0).startsWith("/rest/api/2/field"));
        assertEquals(5, requests.size());
        assertTrue(requests.get(1), requests.get(1).contains("customfield_10104%2Ccustomfield_10281"));
        assertTrue(requests.get(4), requests.get(4).contains("startAt=6"));
    }

    @Test
    public void dashboardShowsTheEpicsOutputByEpicLinkOfTheSiteWithTheUndatedDoneIssueOnItsUpdatedDay() throws Exception {
        // when: the four weeks from Monday 26 October to Wednesday 18 November 2026
        JsonNode dashboard = get("/dashboard?project=OUT&weeks=4");

        // then
        JsonNode challenge = dashboard.get("challenges").get(0);
        assertEquals("OUT-1", challenge.get("issueKey").asText());
        JsonNode outcome = challenge.get("outcomes").get(0);
        assertEquals("OUT-2", outcome.get("issueKey").asText());
        assertEquals(81.0, outcome.get("metrics").get(0).get("current").asDouble(), 0.0);
        JsonNode epic = outcome.get("output").get("epics").get(0);
        assertEquals("OUT-3", epic.get("key").asText());
        assertEquals(4, epic.get("total").asInt());
        assertEquals(3, epic.get("done").asInt());
        assertEquals(3, outcome.get("output").get("doneInWindow").asInt());
        assertEquals("[0, 2, 1, 0]", outcome.get("output").get("doneByWeek").findValuesAsText("done").toString());
    }

    @Test
    public void sprintReviewOfASprintReadFromStringsShowsItsDoneWorkAndTheOutcomesMovement() throws Exception {
        // when
        JsonNode review = get("/sprints/448/review");

        // then
        JsonNode sprint = review.get("sprint");
        assertEquals("Chat, part 1 [EU]", sprint.get("name").asText());
        assertEquals("closed", sprint.get("state").asText());
        assertEquals("2026-10-26", sprint.get("startDate").asText());
        assertEquals("2026-11-08", sprint.get("endDate").asText());
        assertEquals(3, review.get("doneInSprint").asInt());
        assertEquals(0, review.get("doneOutsideOutcomes").asInt());
        JsonNode outcome = review.get("outcomes").get(0);
        assertEquals("OUT-2", outcome.get("issueKey").asText());
        assertEquals("OUT-3", outcome.get("epics").get(0).get("key").asText());
        assertEquals(3, outcome.get("epics").get(0).get("done").asInt());
        JsonNode csat = outcome.get("metrics").get(0);
        assertEquals(78.0, csat.get("startValue").asDouble(), 0.0);
        assertEquals(81.0, csat.get("endValue").asDouble(), 0.0);
        assertTrue(outcome.get("sentence").asText(), outcome.get("sentence").asText().contains("78"));
    }

    @Test
    public void activeSprintFromTheAlphabeticalStringHasItsOwnReview() throws Exception {
        // when
        JsonNode review = get("/sprints/449/review");

        // then: OUT-6 is done and in both sprints; OUT-7 is not done
        assertEquals("Chat, part 2", review.get("sprint").get("name").asText());
        assertEquals("active", review.get("sprint").get("state").asText());
        assertEquals(1, review.get("doneInSprint").asInt());
    }
}
