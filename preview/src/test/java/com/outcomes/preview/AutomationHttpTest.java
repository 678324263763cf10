package com.outcomes.preview;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit.GreenMailRule;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.outcomes.preview.automation.SmtpSettings;

/**
 * Values that keep themselves current (DESIGN §3b, §6) over real HTTP against the running preview: computed metrics
 * counted with the JQL subset over {@code /issues-automation.json}, {@code POST /jobs/run}, reminder mails received by a
 * real SMTP server (GreenMail) and {@code GET /reminders}, {@code GET /metrics/due}. The preview's clock says
 * 2026-11-18; pia edits OUT (not SEC) and owns the metrics she defines, max has no mail address.
 */
public class AutomationHttpTest {

    private static final GreenMailRule SMTP = new GreenMailRule(ServerSetupTest.SMTP.dynamicPort());
    private static final RunningPreview PREVIEW = RunningPreview.onSmallIssues().withUsers("""
            {"users": [{"name": "admin", "password": "admin", "browse": ["*"], "edit": ["*"], "admin": true,
                        "email": "admin@example.com"},
                       {"name": "viewer", "password": "viewer", "browse": ["*"], "edit": [], "email": "viewer@example.com"},
                       {"name": "pia", "password": "pia", "browse": [], "edit": ["OUT"], "email": "pia@example.com"},
                       {"name": "max", "password": "max", "browse": [], "edit": ["OUT"]}]}""")
            .withSettings(s -> new PreviewSettings(s.bind(), s.port(), s.dataDir(), issuesFile(), s.jiraUrl(), s.jql(),
                    s.fieldNames(), s.database(), s.usersFile())
                    .withSmtp(new SmtpSettings("127.0.0.1", SMTP.getSmtp().getPort(), "outcomes@example.com")));

    /** The SMTP server first: the preview is told its port. */
    @ClassRule
    public static final RuleChain SERVERS = RuleChain.outerRule(SMTP).around(PREVIEW);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/outcomes/1.0";

    private static Path issuesFile() {
        try {
            return Path.of(AutomationHttpTest.class.getResource("/issues-automation.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return PREVIEW.get(API + path, user, user);
    }

    private static HttpResponse<String> postJson(String path, String user, String body) throws Exception {
        return PREVIEW.send(PREVIEW.request(API + path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), user, user);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static JsonNode runJob(String asOf) throws Exception {
        HttpResponse<String> run = postJson("/jobs/run?asOf=" + asOf, "admin", "");
        assertEquals(run.body(), 200, run.statusCode());
        return json(run);
    }

    private static long define(String user, String body) throws Exception {
        HttpResponse<String> created = postJson("/metrics", user, body);
        assertEquals(created.body(), 201, created.statusCode());
        return json(created).get("id").asLong();
    }

    private static String metric(String name, String startDate, int cadenceDays, String computed) {
        return "{\"issueKey\": \"OUT-2\", \"kind\": \"OUTCOME\", \"name\": \"" + name + "\", \"unit\": \"%\","
                + " \"baseline\": 10, \"target\": 90, \"startDate\": \"" + startDate + "\", \"targetDate\": \"2027-06-30\","
                + " \"cadenceDays\": " + cadenceDays + ", \"source\": \"Jira\""
                + (computed == null ? "" : ", \"computed\": " + computed) + "}";
    }

    /** Mails received so far whose subject names the metric. */
    private static List<MimeMessage> mailsAbout(String metricName) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getSubject().contains(metricName)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static String body(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    @Test
    public void aComputedMetricGetsOneJqlReadingHoweverOftenTheJobRunsThatDay() throws Exception {
        // given: the share of OUT's stories and bugs labelled support or chat and created in the last two weeks;
        // as pia sees it: OUT-4, OUT-5, OUT-7 of OUT-4..OUT-7 (OUT-6 is older, SEC-2 is a project she may not browse)
        long id = define("pia", metric("Fresh support share", "2026-11-01", 7, """
                {"jql": "project in (OUT, SEC) AND labels in (support, \\"chat\\") AND created >= -2w AND issuetype != Epic",
                 "per": "project = OUT AND issuetype in (Story, Bug)", "scale": 100}"""));

        // when the job runs twice as of the same day
        JsonNode first = runJob("2026-11-18");
        JsonNode second = runJob("2026-11-18");

        // then: one reading, from the JQL, recorded by the owner
        assertTrue(first.toString(), first.get("computed").asInt() >= 1);
        assertEquals(second.toString(), 0, second.get("computed").asInt());
        JsonNode readings = json(get("/metrics/" + id + "/readings", "pia"));
        assertEquals(readings.toString(), 1, readings.size());
        JsonNode reading = readings.get(0);
        assertEquals(75.0, reading.get("value").asDouble(), 1e-9);
        assertEquals("jql", reading.get("source").asText());
        assertEquals("pia", reading.get("recordedBy").asText());
        assertEquals("2026-11-18", reading.get("measuredAt").asText());
        // measured by the job: nothing to remind pia of
        assertEquals(0, json(get("/reminders?metricId=" + id, "admin")).size());
    }

    @Test
    public void everyOperatorOfTheSubsetCountsWhatPiaMayBrowse() throws Exception {
        // given the document's OUT issues (SEC-2 is never counted for pia), as of 2026-11-18
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("issuetype = Bug", 2);
        expected.put("issuetype != Bug", 5);
        expected.put("key in (OUT-4, OUT-5, SEC-2)", 2);
        expected.put("labels not in (chat)", 3); // OUT-3, OUT-4, OUT-6: issues without labels are not "not in"
        expected.put("created < 2026-10-01", 3);
        expected.put("created <= 2026-10-01", 4);
        expected.put("created > -2d", 1);
        expected.put("resolved >= -1w", 2);
        expected.put("resolution is EMPTY", 5);
        expected.put("resolution is not EMPTY", 2);
        expected.put("\\\"Epic Link\\\" = OUT-3", 2);
        expected.put("statusCategory = Done OR (labels = chat AND NOT status = Done)", 3);

        for (Map.Entry<String, Integer> query : expected.entrySet()) {
            // when
            long id = define("pia", metric("Operator " + query.getKey(), "2026-11-01", 7,
                    "{\"jql\": \"" + query.getKey() + "\"}"));
            HttpResponse<String> computed = postJson("/metrics/" + id + "/compute", "pia", "");

            // then
            assertEquals(query.getKey() + ": " + computed.body(), 201, computed.statusCode());
            assertEquals(query.getKey(), query.getValue(), json(computed).get("value").asDouble(), 1e-9);
            assertEquals("jql", json(computed).get("source").asText());
        }
    }

    @Test
    public void relativeDatesCountBackFromTheJobsAsOf() throws Exception {
        // given: bugs and stories created in the last week, counted as of a day when only OUT-7 is that recent
        long id = define("pia", metric("Created this week", "2026-11-01", 7,
                "{\"jql\": \"issuetype in (Story, Bug) AND created >= -7d AND resolution is not EMPTY\"}"));

        // when
        runJob("2026-11-24");

        // then: as of 2026-11-24, -7d is 2026-11-17: OUT-7 (created that day, resolved) counts, OUT-4 (created 11-10)
        // and OUT-5 (unresolved) do not
        JsonNode readings = json(get("/metrics/" + id + "/readings", "pia"));
        assertEquals(readings.toString(), 1, readings.size());
        assertEquals(1.0, readings.get(0).get("value").asDouble(), 1e-9);
        assertEquals("2026-11-24", readings.get(0).get("measuredAt").asText());
    }

    @Test
    public void jqlOutsideTheSubsetIsRefusedAtDefinitionNamingComputedJql() throws Exception {
        HttpResponse<String> refused = postJson("/metrics", "pia", metric("Assigned", "2026-11-01", 7,
                "{\"jql\": \"assignee = currentUser()\"}"));
        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode error = json(refused).get("errors").get(0);
        assertEquals("computed.jql", error.get("field").asText());
        assertThat(error.get("message").asText(), containsString("the field 'assignee' is not supported by the preview's JQL subset"));
        assertFalse(refused.body().contains("Exception"));
    }

    @Test
    public void aDueThenStaleMetricMailsItsOwnerOnceEachAndIsListed() throws Exception {
        // given: measured by hand every 7 days, last on 2026-11-11, so due on 2026-11-18
        String name = "Weekly survey response";
        long id = define("pia", metric(name, "2026-11-01", 7, null));
        HttpResponse<String> recorded = postJson("/metrics/" + id + "/readings", "pia",
                "{\"value\": 40, \"measuredAt\": \"2026-11-11\"}");
        assertEquals(recorded.body(), 201, recorded.statusCode());

        // when the job runs twice a day before the due date, then twice two days after it
        runJob("2026-11-17");
        runJob("2026-11-17");
        runJob("2026-11-20");
        runJob("2026-11-20");

        // then: exactly one DUE and one STALE mail to pia, naming metric, outcome, how long, and the issue's page
        List<MimeMessage> mails = mailsAbout(name);
        assertEquals(2, mails.size());
        String link = PREVIEW.uri("/browse/OUT-2").toString();
        MimeMessage due = mails.stream().filter(m -> subject(m).contains("is due for a new value")).findFirst().orElseThrow();
        MimeMessage stale = mails.stream().filter(m -> subject(m).contains("is running blind")).findFirst().orElseThrow();
        assertEquals("pia@example.com", due.getAllRecipients()[0].toString());
        assertEquals("outcomes@example.com", due.getFrom()[0].toString());
        assertEquals(name + " (OUT-2) is due for a new value", due.getSubject());
        assertThat(body(due), containsString("Metric: " + name));
        assertThat(body(due), containsString("Outcome: OUT-2 CSAT rises from 75% to 90%"));
        assertThat(body(due), containsString("It is due on 2026-11-18"));
        assertThat(body(due), containsString("Record a value: " + link));
        assertEquals(name + " (OUT-2) is running blind", stale.getSubject());
        assertThat(body(stale), containsString("Not measured for 9 days \u2014 running blind."));
        assertThat(body(stale), containsString("Outcome: OUT-2 CSAT rises from 75% to 90%"));
        assertThat(body(stale), containsString("Record a value: " + link));

        // and both are stored, delivered, newest first, for pia and the admin but not for the viewer
        JsonNode reminders = json(get("/reminders?metricId=" + id, "pia"));
        assertEquals(reminders.toString(), 2, reminders.size());
        assertEquals("STALE", reminders.get(0).get("kind").asText());
        assertEquals("DUE", reminders.get(1).get("kind").asText());
        for (JsonNode reminder : reminders) {
            assertEquals("pia", reminder.get("owner").asText());
            assertEquals("2026-11-18", reminder.get("dueDate").asText());
            assertTrue(reminder.get("delivered").asBoolean());
        }
        assertEquals(2, json(get("/reminders?metricId=" + id, "admin")).size());
        assertEquals(0, json(get("/reminders?metricId=" + id, "viewer")).size());
    }

    @Test
    public void myMetricsListsTheOwnersDueMetricAndNotOthers() throws Exception {
        // given
        String name = "Due for pia";
        long id = define("pia", metric(name, "2026-11-10", 14, null));

        // when / then: due on its start date, 2026-11-10, so listed for pia as of 2026-11-15 and stale
        JsonNode mine = json(get("/metrics/due?asOf=2026-11-15", "pia"));
        JsonNode listed = null;
        for (JsonNode metric : mine) {
            if (metric.get("id").asLong() == id) {
                listed = metric;
            }
        }
        assertTrue(mine.toString(), listed != null);
        assertEquals(name, listed.get("name").asText());
        assertEquals("2026-11-10", listed.get("dueDate").asText());
        assertTrue(listed.get("stale").asBoolean());
        for (JsonNode metric : json(get("/metrics/due?asOf=2026-11-15", "viewer"))) {
            assertFalse(metric.get("id").asLong() == id);
        }
    }

    @Test
    public void myMetricsPageListsTheViewersDueMetricsWithARecordLinkInThePagesChrome() throws Exception {
        // given: due on its start date, 2026-11-12, never measured
        String name = "Page-listed <metric>";
        long id = define("pia", metric(name, "2026-11-12", 14, null));

        // when
        HttpResponse<String> page = PREVIEW.get("/due?asOf=2026-11-14", "pia", "pia");
        HttpResponse<String> othersPage = PREVIEW.get("/due?asOf=2026-11-14", "viewer", "viewer");

        // then: an HTML page with the metric (escaped), when it was due, and a link to the issue's record form
        assertEquals(page.body(), 200, page.statusCode());
        assertThat(page.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(page.body(), containsString("<title>My metrics"));
        assertThat(page.body(), containsString("data-outcomes-my-metrics"));
        assertThat(page.body(), containsString("data-metric-id=\"" + id + "\""));
        assertThat(page.body(), containsString("Page-listed &lt;metric&gt;"));
        assertThat(page.body(), containsString("Was due 12 Nov 2026, 2 days ago"));
        assertThat(page.body(), containsString("href=\"/browse/OUT-2#oc-value-" + id + "\""));
        assertFalse(page.body().contains("<metric>"));
        // and not on anyone else's page
        assertEquals(200, othersPage.statusCode());
        assertFalse(othersPage.body().contains("data-metric-id=\"" + id + "\""));
    }

    @Test
    public void myMetricsPageNeedsTheLoginAndAReadableAsOf() throws Exception {
        assertEquals(401, PREVIEW.get("/due", null, null).statusCode());
        HttpResponse<String> bad = PREVIEW.get("/due?asOf=2026-13-01", "pia", "pia");
        assertEquals(400, bad.statusCode());
        assertThat(bad.body(), containsString("is not a date in the form YYYY-MM-DD"));
        assertFalse(bad.body().contains("Exception"));
    }

    @Test
    public void aReminderToAnOwnerWithoutAnAddressIsStoredWithTheError() throws Exception {
        // given: max owns a metric and has no mail address
        String name = "Max's neglected metric";
        long id = define("max", metric(name, "2026-11-01", 30, null));

        // when: never measured, due on its start date: stale
        runJob("2026-11-05");

        // then
        JsonNode reminders = json(get("/reminders?metricId=" + id, "admin"));
        assertEquals(reminders.toString(), 1, reminders.size());
        assertEquals("STALE", reminders.get(0).get("kind").asText());
        assertFalse(reminders.get(0).get("delivered").asBoolean());
        assertEquals("the user max has no mail address (\"email\" in the users file)", reminders.get(0).get("error").asText());
        assertEquals(0, mailsAbout(name).size());
    }

    @Test
    public void onlyAnAdministratorRunsTheJob() throws Exception {
        for (String user : List.of("viewer", "pia")) {
            HttpResponse<String> refused = postJson("/jobs/run?asOf=2026-11-18", user, "");
            assertEquals(refused.body(), 403, refused.statusCode());
            assertEquals(403, json(refused).get("status").asInt());
        }
        HttpResponse<String> anonymous = PREVIEW.send(PREVIEW.request(API + "/jobs/run")
                .POST(HttpRequest.BodyPublishers.noBody()).header("Content-Type", "application/json"), null, null);
        assertEquals(401, anonymous.statusCode());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
