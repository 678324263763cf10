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

    private final IssuesDocumentParser parser = new IssuesDocumentParser(IssueFieldNames.defaults());

    private String errorOf(String json) {
        return assertThrows(IssuesDocumentException.class, () -> parser.parse(new ObjectMapper().readTree(json))).getMessage();
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
    public void documentWithoutIssuesArrayIsRejected() {
        assertEquals("issues document: expected an object with an \"issues\" array", errorOf("{\"total\": 0}"));
        assertEquals("issues document: expected an object with an \"issues\" array", errorOf("[]"));
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
    public void epicLinkThatIsNotAKeyIsRejected() {
        assertEquals("issue ABC-12: field customfield_10014: expected an epic key, got 42",
                errorOf(issue("\"customfield_10014\": 42")));
    }

    @Test
    public void parentWithoutKeyIsRejected() {
        assertEquals("issue ABC-12: field parent: expected an object with a key", errorOf(issue("\"parent\": {\"id\": \"1\"}")));
    }

    @Test
    public void sprintFieldThatIsNotAnArrayIsRejected() {
        assertEquals("issue ABC-12: field customfield_10020: expected an array of sprints",
                errorOf(issue("\"customfield_10020\": \"Sprint 1\"")));
    }

    @Test
    public void sprintWithoutNumericIdIsRejected() {
        assertTrue(errorOf(issue("\"customfield_10020\": [{\"id\": \"x\", \"name\": \"S\"}]"))
                .startsWith("issue ABC-12: field customfield_10020: expected sprint objects with a numeric id"));
    }

    @Test
    public void badSprintDateNamesTheSprintField() {
        assertEquals("issue ABC-12: field customfield_10020.endDate: cannot read 'soon' as a date",
                errorOf(issue("\"customfield_10020\": [{\"id\": 1, \"endDate\": \"soon\"}]")));
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
    public void fileWhoseIssuesAreNotAnArrayIsRejected() throws IOException {
        Path file = folder.newFile("object.json").toPath();
        Files.writeString(file, "{\"issues\": {\"key\": \"ABC-1\"}}");

        assertEquals("issues document: expected an object with an \"issues\" array",
                assertThrows(IssuesDocumentException.class, () -> parser.read(file)).getMessage());
    }

    @Test
    public void fileWhoseRootIsAnArrayIsRejected() throws IOException {
        Path file = folder.newFile("array.json").toPath();
        Files.writeString(file, "[" + issue("") + "]");

        assertEquals("issues document: expected an object with an \"issues\" array",
                assertThrows(IssuesDocumentException.class, () -> parser.read(file)).getMessage());
    }

    @Test
    public void aBadIssueInAFileNamesTheIssueAndTheField() throws IOException {
        Path file = folder.newFile("bad.json").toPath();
        Files.writeString(file, issue("\"resolutiondate\": 5"));

        assertEquals("issue ABC-12: field resolutiondate: cannot read 5 as a date",
                assertThrows(IssuesDocumentException.class, () -> parser.read(file)).getMessage());
    }
}
