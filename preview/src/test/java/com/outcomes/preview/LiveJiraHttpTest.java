package com.outcomes.preview;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.preview.work.FakeJira;

/**
 * The preview with {@code --jira-url} and its job thread (every 200 ms here) against a fake Jira on Jetty: the work data
 * is re-read on every run and a failing Jira leaves the last good data in place; computed metrics are counted by Jira.
 */
public class LiveJiraHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";
    private static FakeJira jira;

    private static final ExternalResource FAKE_JIRA = new ExternalResource() {
        @Override
        protected void before() throws Throwable {
            jira = new FakeJira("[]", issues(3), 2);
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

    private static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withUsers("""
            {"users": [{"name": "admin", "password": "admin", "browse": ["*"], "edit": ["*"], "admin": true},
                       {"name": "pia", "password": "pia", "browse": [], "edit": ["OUT"], "email": "pia@example.com"}]}""")
            .withSettings(s -> new PreviewSettings(s.bind(), s.port(), s.dataDir(), null, jira.uri(), "project = OUT",
                    s.fieldNames(), s.database(), s.usersFile()).withJobInterval(Duration.ofMillis(200)));

    @ClassRule
    public static final RuleChain JIRA_THEN_PREVIEW = RuleChain.outerRule(FAKE_JIRA).around(PREVIEW);

    /** OUT-1 an outcome, OUT-2 … OUT-n stories labelled chat. */
    private static List<String> issues(int count) {
        List<String> issues = new ArrayList<>();
        issues.add("{\"key\": \"OUT-1\", \"fields\": {\"project\": {\"key\": \"OUT\"}, \"issuetype\": {\"name\": \"Outcome\"},"
                + " \"summary\": \"CSAT rises\"}}");
        for (int i = 2; i <= count; i++) {
            issues.add("{\"key\": \"OUT-" + i + "\", \"fields\": {\"project\": {\"key\": \"OUT\"}, \"issuetype\": {\"name\":"
                    + " \"Story\"}, \"summary\": \"Story " + i + "\", \"labels\": [\"chat\"]}}");
        }
        return issues;
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return PREVIEW.get(API + path, user, user);
    }

    private static HttpResponse<String> postJson(String path, String user, String body) throws Exception {
        return PREVIEW.send(PREVIEW.request(API + path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), user, user);
    }

    private static void eventually(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static int searchesSoFar() {
        return (int) jira.requests().stream().filter(r -> r.startsWith("/rest/api/2/search")).count();
    }

    @Test
    public void theJobThreadReReadsJiraAndAFailingJiraKeepsTheLastGoodData() throws Exception {
        try {
            // given an issue Jira does not have yet
            assertEquals(404, get("/metrics?issueKey=OUT-9", "admin").statusCode());

            // when Jira gets it, the next run of the job reads it
            jira.replaceIssues(issues(9));
            eventually("OUT-9 served", () -> get("/metrics?issueKey=OUT-9", "admin").statusCode() == 200);

            // when Jira refuses the token, and later fails, for several runs
            jira.answerWith(401);
            int before = searchesSoFar();
            eventually("two refused re-reads", () -> searchesSoFar() >= before + 2);
            jira.answerWith(502);
            int later = searchesSoFar();
            eventually("two failed re-reads", () -> searchesSoFar() >= later + 2);

            // then the data read last is still served
            assertEquals(200, get("/metrics?issueKey=OUT-9", "admin").statusCode());
        } finally {
            jira.answerWith(200);
        }
    }

    @Test
    public void aComputedMetricIsCountedByJiraWithinTheOwnersProjects() throws Exception {
        // given Jira refuses a query with its parser's words, and counts every other one as its 3+ issues
        jira.refuseJql("nonsense", "Field 'nonsense' does not exist or you do not have permission to view it.");
        String metric = "{\"issueKey\": \"OUT-1\", \"kind\": \"OUTCOME\", \"name\": \"Chat stories\", \"unit\": \"stories\","
                + " \"baseline\": 0, \"target\": 50, \"startDate\": \"2026-11-01\", \"targetDate\": \"2027-06-30\","
                + " \"cadenceDays\": 7, \"source\": \"Jira\", \"computed\": {\"jql\": \"%s\"}}";

        // then a query Jira refuses is refused at definition
        HttpResponse<String> refused = postJson("/metrics", "pia", metric.formatted("nonsense = 1"));
        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
        assertEquals("computed.jql", error.get("field").asText());
        assertThat(error.get("message").asText(), containsString("Field 'nonsense' does not exist"));

        // and a query it takes is counted by the job thread, as pia sees it, once
        HttpResponse<String> created = postJson("/metrics", "pia", metric.formatted("labels = chat ORDER BY key"));
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).get("id").asLong();
        eventually("a computed reading", () -> JSON.readTree(get("/metrics/" + id + "/readings", "pia").body()).size() > 0);
        JsonNode reading = JSON.readTree(get("/metrics/" + id + "/readings", "pia").body()).get(0);
        assertEquals("jql", reading.get("source").asText());
        assertEquals("2026-11-18", reading.get("measuredAt").asText());
        assertTrue(reading.get("value").asDouble() >= 3);
        assertTrue(jira.requests().stream().filter(r -> r.contains("maxResults=0"))
                .map(r -> URLDecoder.decode(r, StandardCharsets.UTF_8))
                .anyMatch(r -> r.contains("jql=project in (\"OUT\") AND (labels = chat)")));
        Thread.sleep(500); // a few more runs of the job: still one reading that day
        assertEquals(1, JSON.readTree(get("/metrics/" + id + "/readings", "pia").body()).size());
    }
}
