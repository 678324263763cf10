package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Test;

import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;

/** Reads the field list and the issue search of a fake Jira (a local Jetty) over real HTTP. */
public class JiraRestWorkTrackerTest {

    /** A Data Center site's field list: its own ids for sprint and epic link, among others. */
    static final String FIELDS = """
            [{"id": "summary", "name": "Summary", "custom": false, "schema": {"type": "string", "system": "summary"}},
             {"id": "customfield_10104", "name": "Epic Link", "custom": true,
              "schema": {"type": "any", "custom": "com.pyxis.greenhopper.jira:gh-epic-link", "customId": 10104}},
             {"id": "customfield_10105", "name": "Epic Name", "custom": true,
              "schema": {"type": "string", "custom": "com.pyxis.greenhopper.jira:gh-epic-label", "customId": 10105}},
             {"id": "customfield_10281", "name": "Sprint", "custom": true,
              "schema": {"type": "array", "items": "string", "custom": "com.pyxis.greenhopper.jira:gh-sprint", "customId": 10281}}]
            """;

    private FakeJira jira;

    private static String issue(String key, String type, String more) {
        return "{\"key\": \"" + key + "\", \"fields\": {\"project\": {\"key\": \"OUT\"}, \"issuetype\": {\"name\": \"" + type
                + "\"}, \"summary\": \"" + key + "\"" + (more.isEmpty() ? "" : ", " + more) + "}}";
    }

    private static final List<String> ISSUES = List.of(
            issue("OUT-1", "Outcome", ""),
            issue("OUT-2", "Epic", "\"issuelinks\": [{\"type\": {\"name\": \"Outcome\"}, \"outwardIssue\": {\"key\": \"OUT-1\"}}]"),
            issue("OUT-3", "Challenge", "\"issuelinks\": [{\"type\": {\"name\": \"Success measure\"}, \"inwardIssue\": {\"key\": \"OUT-1\"}}]"),
            issue("OUT-4", "Story", "\"customfield_10104\": \"OUT-2\", \"customfield_10281\": [\"com.atlassian.greenhopper.service."
                    + "sprint.Sprint@1f2e[id=31,rapidViewId=4,state=CLOSED,name=Sprint 31,startDate=2026-10-05T09:00:00.000+02:00,"
                    + "endDate=2026-10-19T09:00:00.000+02:00,completeDate=2026-10-19T10:00:00.000+02:00,sequence=31,goal=<null>]\"]"),
            issue("OUT-5", "Story", "\"customfield_10104\": \"OUT-2\""));

    @After
    public void stopFakeJira() throws Exception {
        if (jira != null) {
            jira.close();
        }
    }

    private JiraRestWorkTracker read(IssueFieldNames names) {
        return new JiraRestWorkTracker(jira.uri(), "tok3n", "project = OUT", names, HttpClient.newHttpClient());
    }

    @Test
    public void pagesThroughTheSearchIntoOneDocumentWithTheBearerToken() throws Exception {
        // given a Jira that gives at most two issues a page
        jira = new FakeJira(FIELDS, ISSUES, 2);

        // when
        JiraRestWorkTracker tracker = read(IssueFieldNames.defaults());

        // then: the field list, then pages at 0, 2 and 4
        List<String> requests = jira.requests();
        assertEquals(4, requests.size());
        assertTrue(requests.get(0), requests.get(0).startsWith("/rest/api/2/field"));
        assertTrue(requests.get(1), requests.get(1).contains("jql=project+%3D+OUT"));
        assertTrue(requests.get(2), requests.get(2).contains("startAt=2"));
        assertTrue(requests.get(3), requests.get(3).contains("startAt=4"));
        assertEquals(List.of("Bearer tok3n", "Bearer tok3n", "Bearer tok3n", "Bearer tok3n"), jira.authorizations());
        assertEquals(5, tracker.document().size());
        assertEquals(List.of("OUT-2"), tracker.epicsOf(List.of("OUT-1")).get("OUT-1").stream().map(IssueRef::key).toList());
        assertEquals("OUT-3", tracker.challengeOf("OUT-1").orElseThrow().key());
        assertEquals(List.of(), tracker.document().warnings());
    }

    @Test
    public void sprintAndEpicLinkFieldsAreFoundInTheFieldListWhenNoFlagNamesThem() throws Exception {
        // given
        jira = new FakeJira(FIELDS, ISSUES, 100);

        // when
        JiraRestWorkTracker tracker = read(IssueFieldNames.fromFlags(null, null, null));

        // then: the search asks for those fields, sprint strings and epic links are read from them
        IssueFieldNames names = tracker.fieldNames();
        assertEquals("customfield_10104", names.epicLinkField());
        assertEquals(IssueFieldNames.Origin.JIRA, names.epicLinkFieldOrigin());
        assertEquals("customfield_10281", names.sprintField());
        assertEquals(IssueFieldNames.Origin.JIRA, names.sprintFieldOrigin());
        assertTrue(jira.requests().get(1), jira.requests().get(1).contains("customfield_10104%2Ccustomfield_10281"));
        assertEquals(new Sprint(31, "Sprint 31", "closed", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19)),
                tracker.sprint(31).orElseThrow());
        assertEquals(2, tracker.epicWork(List.of(tracker.issue("OUT-2").orElseThrow()), com.outcomes.domain.OutputWindow
                .ending(LocalDate.of(2026, 11, 1), 1)).get(0).total());
    }

    @Test
    public void fieldNamedByAFlagWinsOverTheFieldList() throws Exception {
        // given
        jira = new FakeJira(FIELDS, ISSUES, 100);

        // when
        JiraRestWorkTracker tracker = read(IssueFieldNames.fromFlags("customfield_1", null, null));

        // then
        assertEquals("customfield_1", tracker.fieldNames().epicLinkField());
        assertEquals(IssueFieldNames.Origin.FLAG, tracker.fieldNames().epicLinkFieldOrigin());
        assertEquals("customfield_10281", tracker.fieldNames().sprintField());
    }

    @Test
    public void fieldListIsNotAskedForWhenBothFieldsAreNamed() throws Exception {
        // given a Jira without a field list
        jira = new FakeJira(null, ISSUES, 100);

        // when
        read(new IssueFieldNames("customfield_10104", "customfield_10281"));

        // then
        assertEquals(1, jira.requests().size());
        assertTrue(jira.requests().get(0), jira.requests().get(0).startsWith("/rest/api/2/search"));
    }

    @Test
    public void siteWithoutJiraSoftwareFieldsKeepsTheDefaults() throws Exception {
        // given
        jira = new FakeJira("[{\"id\": \"summary\", \"name\": \"Summary\", \"schema\": {\"type\": \"string\"}}]", ISSUES.subList(0, 3), 100);

        // when
        JiraRestWorkTracker tracker = read(IssueFieldNames.defaults());

        // then
        assertEquals(IssueFieldNames.defaults(), tracker.fieldNames());
    }

    @Test
    public void searchThatEndsBeforeItsTotalIsReadWithAWarning() throws Exception {
        // given a search that says 7 but has 5 (issues deleted while paging)
        jira = new FakeJira(FIELDS, ISSUES, 2);
        jira.claimTotal(7);

        // when
        JiraRestWorkTracker tracker = read(IssueFieldNames.defaults());

        // then: it asked until a page came back empty
        assertEquals(5, tracker.document().size());
        assertTrue(jira.requests().get(4), jira.requests().get(4).contains("startAt=5"));
        assertEquals(List.of("\"total\" is 7 but 5 issues were read: the rest of the search is missing (one page of a"
                + " larger answer?), the preview shows only the issues it has"), tracker.document().warnings());
    }

    @Test
    public void badIssueFromJiraNamesTheJiraTheIssueAndTheField() throws Exception {
        // given
        jira = new FakeJira(FIELDS, List.of(issue("OUT-9", "Story", "\"resolutiondate\": \"yesterday\"")), 100);

        // when
        IssuesDocumentException e = assertThrows(IssuesDocumentException.class, () -> read(IssueFieldNames.defaults()));

        // then
        assertEquals("Jira " + jira.uri().toString().replaceAll("/$", "")
                + ": issue OUT-9: field resolutiondate: cannot read 'yesterday' as a date", e.getMessage());
    }

    @Test
    public void errorStatusFromJiraFailsStartWithAClearMessage() throws Exception {
        // given
        jira = new FakeJira(FIELDS, ISSUES, 100);
        jira.answerWith(401);

        // when
        IssuesDocumentException e = assertThrows(IssuesDocumentException.class, () -> new JiraRestWorkTracker(jira.uri(), null, null,
                IssueFieldNames.defaults(), HttpClient.newHttpClient()));

        // then
        assertEquals("Jira localhost answered HTTP 401 to the field list (check JIRA_TOKEN)", e.getMessage());
        assertEquals("null", jira.authorizations().get(0));
    }
}
