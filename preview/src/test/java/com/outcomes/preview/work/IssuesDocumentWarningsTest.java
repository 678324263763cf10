package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Sprint;

/**
 * Data shaped like what real Jira Server / Data Center sites answer: read, and what it lacks said in one line each,
 * never dropped in silence.
 */
public class IssuesDocumentWarningsTest {

    private static final String SPRINT = "com.atlassian.greenhopper.service.sprint.Sprint@6a1f[";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static String issue(String key, String type, String more) {
        return "{\"key\": \"" + key + "\", \"fields\": {\"project\": {\"key\": \"" + key.substring(0, key.indexOf('-'))
                + "\"}, \"issuetype\": {\"name\": \"" + type + "\"}" + (more.isEmpty() ? "" : ", " + more) + "}}";
    }

    private static String done(String dates) {
        return "\"status\": {\"name\": \"Done\", \"statusCategory\": {\"key\": \"done\"}}" + (dates.isEmpty() ? "" : ", " + dates);
    }

    /** The document as a tree, checked to read the same when streamed from a file. */
    private IssuesDocument parse(IssueFieldNames names, String... issues) {
        String json = "{\"issues\": [" + String.join(",", issues) + "]}";
        try {
            IssuesDocument tree = new IssuesDocumentParser(names).parse(new ObjectMapper().readTree(json));
            Path file = folder.newFile().toPath();
            Files.writeString(file, json);
            IssuesDocument streamed = new IssuesDocumentParser(names).read(file);
            assertEquals(tree.warnings(), streamed.warnings());
            assertEquals(tree.searchableIssues(), streamed.searchableIssues());
            assertEquals(List.copyOf(tree.sprints()), List.copyOf(streamed.sprints()));
            tree.searchableIssues().forEach(i -> assertEquals(tree.issue(i.key()), streamed.issue(i.key())));
            return tree;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private IssuesDocument parse(String... issues) {
        return parse(IssueFieldNames.defaults(), issues);
    }

    @Test
    public void completeDocumentReadsWithoutWarnings() throws IOException {
        // given
        Path file = folder.getRoot().toPath().resolve("small.json");
        try (InputStream in = getClass().getResourceAsStream("/issues-small.json")) {
            Files.copy(in, file);
        }

        // when
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(file);

        // then
        assertEquals(List.of(), document.warnings());
    }

    @Test
    public void totalLargerThanTheIssuesInTheFileIsAWarning() throws IOException {
        // given one page of a larger search
        Path file = folder.newFile("page.json").toPath();
        Files.writeString(file, "{\"startAt\": 0, \"maxResults\": 1, \"total\": 250, \"issues\": ["
                + issue("A-1", "Story", "\"customfield_10014\": \"A-9\", \"customfield_10020\": []") + "]}");

        // when
        IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).read(file);

        // then
        assertEquals(1, document.size());
        assertEquals(List.of("\"total\" is 250 but 1 issues were read: the rest of the search is missing (one page of a"
                + " larger answer?), the preview shows only the issues it has"), document.warnings());
    }

    @Test
    public void doneIssueWithoutResolutionDateIsPlacedOnItsUpdatedDayWithAWarning() {
        // when
        IssuesDocument document = parse(
                issue("A-1", "Story", done("\"resolutiondate\": null, \"updated\": \"2019-03-04T18:20:11.000+0100\"")),
                issue("A-2", "Story", done("\"updated\": \"2019-03-05T09:00:00.000+0100\"")),
                issue("A-3", "Story", done("")),
                issue("A-4", "Story", done("\"resolutiondate\": \"2019-03-06T10:00:00.000+0100\"")));

        // then
        assertEquals(LocalDate.of(2019, 3, 4), document.documentIssue("A-1").orElseThrow().resolvedOn());
        assertTrue(document.documentIssue("A-3").orElseThrow().done());
        assertNull(document.documentIssue("A-3").orElseThrow().resolvedOn());
        assertTrue(document.warnings().toString(), document.warnings().contains("3 issues (A-1, A-2, A-3) done without a"
                + " resolutiondate: counted done and placed on the day of their \"updated\" date; 1 issue (A-3) without"
                + " \"updated\" either are counted done but in no week"));
    }

    @Test
    public void linksToIssuesNotInTheDataAreOneSummaryLine() {
        // when
        IssuesDocument document = parse(
                issue("A-1", "Epic", "\"issuelinks\": [{\"type\": {\"name\": \"Outcome\"}, \"outwardIssue\": {\"key\": \"X-1\"}},"
                        + " {\"type\": {\"name\": \"Outcome\"}, \"outwardIssue\": {\"key\": \"X-2\"}},"
                        + " {\"type\": {\"name\": \"Blocks\"}, \"outwardIssue\": {\"key\": \"X-7\"}}]"),
                issue("A-2", "Outcome", "\"issuelinks\": [{\"type\": {\"name\": \"Success measure\"}, \"outwardIssue\": {\"key\": \"X-3\"}},"
                        + " {\"type\": {\"name\": \"outcome\"}, \"inwardIssue\": {\"key\": \"X-4\"}}]"));

        // then: four of ours point out ("Blocks" means nothing here), three keys shown
        assertTrue(document.warnings().toString(), document.warnings().contains(
                "4 \"Outcome\"/\"Success measure\" links point to issues not in the data (X-1, X-2, X-3, …): ignored"));
    }

    @Test
    public void sprintStringsAreReadInTheSprintField() {
        // when
        IssuesDocument document = parse(issue("A-1", "Story", "\"customfield_10020\": [\"" + SPRINT
                + "id=3,rapidViewId=1,state=CLOSED,name=S3,startDate=2016-08-29T15:38:46.123+02:00,endDate=2016-09-12T15:38:46.123+02:00,"
                + "completeDate=<null>,sequence=3,goal=]\", \"" + SPRINT + "id=4,rapidViewId=1,state=ACTIVE,name=S4,startDate=<null>,"
                + "endDate=<null>,completeDate=<null>,sequence=4,goal=]\"], \"customfield_10014\": \"A-9\""));

        // then
        assertEquals(List.of(new Sprint(3, "S3", "closed", LocalDate.of(2016, 8, 29), LocalDate.of(2016, 9, 12)),
                new Sprint(4, "S4", "active", null, null)), List.copyOf(document.sprints()));
        assertEquals(List.of(3L, 4L), document.documentIssue("A-1").orElseThrow().sprintIds());
        assertEquals(List.of(), document.warnings());
    }

    @Test
    public void defaultFieldsInNoIssueAreWarnedWithTheCustomFieldsThatLookLikeThem() {
        // when: a site whose sprints live in customfield_10281 and epic links in customfield_10104
        IssuesDocument document = parse(
                issue("A-1", "Epic", "\"customfield_10500\": \"Blue team\""),
                issue("A-2", "Story", "\"customfield_10104\": \"A-1\", \"customfield_10281\": [\"" + SPRINT + "id=5,state=ACTIVE,name=S]\"]"),
                issue("A-3", "Story", "\"customfield_10104\": \"A-1\", \"customfield_10281\": null"));

        // then
        assertEquals(List.of(
                "no issue has an epic key in the epic link field customfield_10014 (default); customfield_10104 holds issue keys"
                        + " in 2 issues: try --epic-link-field customfield_10104",
                "no issue has sprints in the sprint field customfield_10020 (default); customfield_10281 holds sprints in 1 issue:"
                        + " try --sprint-field customfield_10281"), document.warnings());
        assertTrue(document.sprints().isEmpty());
    }

    @Test
    public void valuesOfADefaultFieldThatAreNoEpicKeysOrSprintsAreSkippedWithAWarning() {
        // when: on this site the default ids are other fields (a number, a team name)
        IssuesDocument document = parse(
                issue("A-1", "Story", "\"customfield_10014\": 42.0, \"customfield_10020\": \"Blue team\""),
                issue("A-2", "Story", "\"customfield_10014\": \"A-9\", \"customfield_10020\": [{\"id\": 1, \"name\": \"S1\"}]"));

        // then: the start goes on; what was unreadable is named
        assertEquals("A-9", document.documentIssue("A-2").orElseThrow().epicKey());
        assertEquals(List.of(
                "the epic link field customfield_10014 (default) holds no issue key in 1 issue (A-1), e.g. 42.0: not read as epic links",
                "the sprint field customfield_10020 (default) holds no sprints in 1 issue (A-1) (expected sprint objects or Jira"
                        + " sprint strings, got \"Blue team\"): not read as sprints"), document.warnings());
    }

    @Test
    public void epicTypeFlagMakesTheSitesEpicTypeAnEpic() {
        // given a French site
        IssueFieldNames french = IssueFieldNames.fromFlags(null, null, "Épopée");

        // when
        IssuesDocument document = parse(french,
                issue("A-1", "Épopée", "\"customfield_10020\": []"),
                issue("A-2", "Récit", "\"parent\": {\"key\": \"A-1\", \"fields\": {\"issuetype\": {\"name\": \"épopée\"}}}"),
                issue("A-3", "Récit", "\"customfield_10014\": \"A-1\""));

        // then
        assertTrue(document.issue("A-1").orElseThrow().isOfType(IssueRef.EPIC));
        assertEquals("A-1", document.documentIssue("A-2").orElseThrow().epicKey());
        assertEquals(2, document.outputOfEpic("A-1").total());
        assertEquals(List.of(), document.warnings());
    }

    @Test
    public void epicLinksToIssuesOfAnotherTypeSuggestTheEpicTypeFlag() {
        // when: the default epic type on a French site
        IssuesDocument document = parse(
                issue("A-1", "Épopée", "\"customfield_10020\": []"),
                issue("A-2", "Récit", "\"customfield_10014\": \"A-1\""));

        // then
        assertEquals(List.of("no issue is of the epic type \"Epic\", yet epic links point at issues of type \"Épopée\":"
                + " try --epic-type \"Épopée\""), document.warnings());
    }
}
