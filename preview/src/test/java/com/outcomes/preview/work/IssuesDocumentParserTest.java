package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.ObjectMapper;

public class IssuesDocumentParserTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static final String NOT_ISSUES = "expected a search answer {\"issues\": [...]}, a single issue {\"key\", \"fields\"}"
            + " or an array of issues";

    private final IssuesDocumentParser parser = new IssuesDocumentParser(IssueFieldNames.defaults());
    /** Fields named by flags: their values must be readable. */
    private final IssuesDocumentParser flagged = new IssuesDocumentParser(new IssueFieldNames("customfield_10014", "customfield_10020"));

    private String errorOf(String json) {
        return errorOf(parser, json);
    }

    /** The message for the document as a tree, checked to be the one for the same document streamed from a file. */
    private String errorOf(IssuesDocumentParser parser, String json) {
        String message = assertThrows(IssuesDocumentException.class, () -> parser.parse(new ObjectMapper().readTree(json))).getMessage();
        Path file;
        try {
            file = folder.newFile().toPath();
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals("issues file " + file + ": " + message,
                assertThrows(IssuesDocumentException.class, () -> parser.read(file)).getMessage());
        return message;
    }

    private static String issue(String fields) {
        return "{\"issues\": [{\"key\": \"ABC-12\", \"fields\": {\"project\": {\"key\": \"ABC\"}, "
                + "\"issuetype\": {\"name\": \"Story\"}" + (fields.isEmpty() ? "" : ", " + fields) + "}}]}";
    }

    @Test
    public void impossibleResolutionDateNamesIssueAndField() {
        assertEquals("issue ABC-12: field resolutiondate: cannot read '2026-13-01' as a date",
                errorOf(issue("\"resolutiondate\": \"2026-13-01\"")));
    }

    @Test
    public void resolutionDateWithoutOffsetIsRejected() {
        assertEquals("issue ABC-12: field resolutiondate: cannot read '2026-10-01T12:00:00.000' as a date",
                errorOf(issue("\"resolutiondate\": \"2026-10-01T12:00:00.000\"")));
    }

    @Test
    public void numericResolutionDateIsRejected() {
        assertEquals("issue ABC-12: field resolutiondate: cannot read 1759320000 as a date",
                errorOf(issue("\"resolutiondate\": 1759320000")));
    }

    @Test
    public void documentThatIsNeitherSearchAnswerNorIssueNorArrayIsRejected() {
        assertEquals(NOT_ISSUES, errorOf("{\"total\": 0}"));
        assertEquals(NOT_ISSUES, errorOf("{\"key\": \"ABC-1\"}"));
        assertEquals(NOT_ISSUES, errorOf("\"ABC-1\""));
    }

    @Test
    public void issueWithoutKeyIsNamedByPosition() {
        assertEquals("issue #1: field key: missing", errorOf("{\"issues\": [{\"fields\": {}}]}"));
    }

    @Test
    public void issueWithoutFieldsIsRejected() {
        assertEquals("issue ABC-1: field fields: missing", errorOf("{\"issues\": [{\"key\": \"ABC-1\"}]}"));
    }

    @Test
    public void missingProjectKeyIsRejected() {
        assertEquals("issue ABC-1: field project.key: missing",
                errorOf("{\"issues\": [{\"key\": \"ABC-1\", \"fields\": {\"issuetype\": {\"name\": \"Story\"}}}]}"));
    }

    @Test
    public void missingIssueTypeIsRejected() {
        assertEquals("issue ABC-1: field issuetype.name: missing",
                errorOf("{\"issues\": [{\"key\": \"ABC-1\", \"fields\": {\"project\": {\"key\": \"ABC\"}}}]}"));
    }

    @Test
    public void duplicateKeyIsRejected() {
        String one = "{\"key\": \"A-1\", \"fields\": {\"project\": {\"key\": \"A\"}, \"issuetype\": {\"name\": \"Story\"}}}";
        assertEquals("issue A-1: appears twice in the document", errorOf("{\"issues\": [" + one + "," + one + "]}"));
    }

    @Test
    public void summaryThatIsNotTextIsRejected() {
        assertEquals("issue ABC-12: field summary: expected text, got {\"a\":1}", errorOf(issue("\"summary\": {\"a\": 1}")));
    }

    @Test
    public void statusThatIsNotAnObjectIsRejected() {
        assertEquals("issue ABC-12: field status: expected an object", errorOf(issue("\"status\": \"Done\"")));
    }

    @Test
    public void issueLinksThatAreNotAnArrayAreRejected() {
        assertEquals("issue ABC-12: field issuelinks: expected an array", errorOf(issue("\"issuelinks\": {}")));
    }

    @Test
    public void linkWithoutTypeIsRejected() {
        assertEquals("issue ABC-12: field issuelinks: a link has no type.name",
                errorOf(issue("\"issuelinks\": [{\"outwardIssue\": {\"key\": \"X-1\"}}]")));
    }

    @Test
    public void linkWithoutOtherIssueIsRejected() {
        assertEquals("issue ABC-12: field issuelinks: a \"Outcome\" link has neither inwardIssue nor outwardIssue",
                errorOf(issue("\"issuelinks\": [{\"type\": {\"name\": \"Outcome\"}}]")));
    }

    @Test
    public void epicLinkThatIsNotAKeyInAFlaggedFieldIsRejected() {
        assertEquals("issue ABC-12: field customfield_10014: expected an epic key, got 42",
                errorOf(flagged, issue("\"customfield_10014\": 42")));
    }

    @Test
    public void parentWithoutKeyIsRejected() {
        assertEquals("issue ABC-12: field parent: expected an object with a key", errorOf(issue("\"parent\": {\"id\": \"1\"}")));
    }

    @Test
    public void plainTextInAFlaggedSprintFieldIsRejected() {
        assertEquals("issue ABC-12: field customfield_10020: expected sprint objects or Jira sprint strings, got \"Sprint 1\"",
                errorOf(flagged, issue("\"customfield_10020\": \"Sprint 1\"")));
    }

    @Test
    public void sprintWithoutNumericIdInAFlaggedFieldIsRejected() {
        assertTrue(errorOf(flagged, issue("\"customfield_10020\": [{\"id\": \"x\", \"name\": \"S\"}]"))
                .startsWith("issue ABC-12: field customfield_10020: expected sprint objects or Jira sprint strings with a numeric id"));
    }

    @Test
    public void badSprintDateNamesTheSprintFieldAndMember() {
        assertEquals("issue ABC-12: field customfield_10020.endDate: cannot read 'soon' as a date",
                errorOf(flagged, issue("\"customfield_10020\": [{\"id\": 1, \"endDate\": \"soon\"}]")));
    }

    @Test
    public void badSprintStringStateNamesTheIssueAndTheSprint() {
        assertEquals("issue ABC-12: field customfield_10020.state: sprint 9 has the unknown state 'PAUSED' (expected future, active or closed)",
                errorOf(flagged, issue("\"customfield_10020\": [\"com.atlassian.greenhopper.service.sprint.Sprint@1[id=9,state=PAUSED]\"]")));
    }

    @Test
    public void missingFileIsReportedWithItsPath() {
        Path missing = folder.getRoot().toPath().resolve("nope.json");
        assertEquals("issues file " + missing + ": not found",
                assertThrows(IssuesDocumentException.class, () -> parser.read(missing)).getMessage());
    }

    @Test
    public void fileThatIsNotJsonIsReported() throws IOException {
        Path file = folder.newFile("issues.json").toPath();
        Files.writeString(file, "{\"issues\": [");
        assertTrue(assertThrows(IssuesDocumentException.class, () -> parser.read(file)).getMessage()
                .startsWith("issues file " + file + ": not valid JSON"));
    }

    @Test
    public void fileCutOffAfterAnIssueNamesTheLastIssueRead() throws IOException {
        // given
        Path file = folder.newFile("cut.json").toPath();
        Files.writeString(file, issue("").substring(0, issue("").length() - 2) + ", {\"key\": ");

        // when
        String message = assertThrows(IssuesDocumentException.class, () -> parser.read(file)).getMessage();

        // then
        assertTrue(message, message.startsWith("issues file " + file + ": not valid JSON after issue ABC-12: "));
    }

    @Test
    public void fileIsReadAndIndexed() throws IOException {
        Path file = folder.newFile("ok.json").toPath();
        Files.writeString(file, IssuesDocumentWorkTrackerTest.DOCUMENT);
        assertEquals(9, parser.read(file).size());
    }

    @Test
    public void searchResponseFieldsAroundTheIssuesAreSkippedWhenReadFromAFile() throws IOException {
        // given a file shaped like a whole REST search response, paging fields and names before and after
        Path file = folder.newFile("search.json").toPath();
        Files.writeString(file, "{\"startAt\": 0, \"maxResults\": 50, \"names\": {\"summary\": \"Summary\"}, "
                + issue("").substring(1, issue("").length() - 1) + ", \"warningMessages\": [\"x\"]}");

        // when
        IssuesDocument document = parser.read(file);

        // then
        assertEquals(1, document.size());
    }

    @Test
    public void fileWhoseIssuesAreNotAnArrayIsRejectedNamingTheFile() throws IOException {
        Path file = folder.newFile("object.json").toPath();
        Files.writeString(file, "{\"issues\": {\"key\": \"ABC-1\"}}");

        assertEquals("issues file " + file + ": " + NOT_ISSUES,
                assertThrows(IssuesDocumentException.class, () -> parser.read(file)).getMessage());
    }

    @Test
    public void fileWhoseRootIsAnArrayOfIssuesIsRead() throws IOException {
        // given
        Path file = folder.newFile("array.json").toPath();
        String one = "{\"key\": \"A-1\", \"fields\": {\"project\": {\"key\": \"A\"}, \"issuetype\": {\"name\": \"Story\"}}}";
        Files.writeString(file, "[" + one + ", " + one.replace("A-1", "A-2") + "]");

        // when
        IssuesDocument document = parser.read(file);

        // then
        assertEquals(2, document.size());
        assertTrue(document.issue("A-2").isPresent());
    }

    @Test
    public void fileHoldingOneIssueAnswerIsRead() throws IOException {
        // given an /rest/api/2/issue answer: key and fields at the root, around them what Jira adds
        Path file = folder.newFile("issue.json").toPath();
        Files.writeString(file, "{\"expand\": \"renderedFields,names\", \"id\": \"10231\", \"self\": \"https://jira/rest/api/2/issue/10231\","
                + " \"key\": \"ABC-7\", \"fields\": {\"project\": {\"key\": \"ABC\"}, \"issuetype\": {\"name\": \"Outcome\"},"
                + " \"summary\": \"Faster setup\"}, \"names\": {\"summary\": \"Summary\"}}");

        // when
        IssuesDocument document = parser.read(file);

        // then
        assertEquals(1, document.size());
        assertEquals("Faster setup", document.issue("ABC-7").orElseThrow().summary());
    }

    @Test
    public void oneIssueTreeIsReadLikeAFile() throws IOException {
        assertEquals(1, parser.parse(new ObjectMapper().readTree(
                "{\"key\": \"A-1\", \"fields\": {\"project\": {\"key\": \"A\"}, \"issuetype\": {\"name\": \"Story\"}}}")).size());
    }

    @Test
    public void aBadIssueInAFileNamesTheFileTheIssueAndTheField() throws IOException {
        Path file = folder.newFile("bad.json").toPath();
        Files.writeString(file, issue("\"resolutiondate\": 5"));

        assertEquals("issues file " + file + ": issue ABC-12: field resolutiondate: cannot read 5 as a date",
                assertThrows(IssuesDocumentException.class, () -> parser.read(file)).getMessage());
    }
}
