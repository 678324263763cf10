package com.outcomes.preview.automation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.port.CountFailedException;
import com.outcomes.preview.auth.PreviewUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentParser;

public class PreviewIssueCounterTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-18");

    /** The document carries created, labels and resolution as Jira's search answers them. */
    private final IssuesDocument document = parse("""
            {"issues": [
              {"key": "OUT-1", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Bug"},
                 "status": {"name": "Done", "statusCategory": {"key": "done"}}, "resolution": {"name": "Fixed"},
                 "resolutiondate": "2026-11-12T09:00:00.000+0000", "created": "2026-11-10T08:00:00.000+0000",
                 "labels": ["support"]}},
              {"key": "OUT-2", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Bug"},
                 "status": {"name": "Open", "statusCategory": {"key": "new"}}, "resolution": null,
                 "created": "2026-10-01T08:00:00.000+0000", "labels": []}},
              {"key": "SEC-1", "fields": {"project": {"key": "SEC"}, "issuetype": {"name": "Bug"},
                 "status": {"name": "Done", "statusCategory": {"key": "done"}}, "resolution": {"name": "Done"},
                 "created": "2026-11-15T08:00:00.000+0000", "labels": ["support"]}}
            ]}""");
    private final UserDirectory users = new UserDirectory(List.of(
            new PreviewUser("pia", "pw", Set.of("OUT"), Set.of()),
            new PreviewUser("root", "pw", Set.of("*"), Set.of())));
    private final PreviewIssueCounter counter = new PreviewIssueCounter(document, users);

    @Test
    public void countsOnlyIssuesOfProjectsTheUserMayBrowse() {
        assertEquals(2, counter.count("labels = support", "root", AS_OF));
        assertEquals(1, counter.count("labels = support", "pia", AS_OF));
        assertEquals(0, counter.count("project = SEC", "pia", AS_OF));
    }

    @Test
    public void readsCreatedLabelsAndResolutionFromTheDocument() {
        assertEquals(2, counter.count("created >= -2w AND resolution is not EMPTY", "root", AS_OF));
        assertEquals(1, counter.count("resolution is EMPTY", "root", AS_OF));
        assertEquals(1, counter.count("resolved = 2026-11-12", "root", AS_OF));
        assertEquals(1, counter.count("labels is EMPTY", "root", AS_OF));
    }

    @Test
    public void aQueryOutsideTheSubsetIsAProblemAtDefinitionAndAFailedCount() {
        assertTrue(counter.problemWith("issuetype = Bug AND created >= -2w", "pia").isEmpty());
        assertEquals("the field 'assignee' is not supported by the preview's JQL subset (fields: project, issuetype,"
                        + " status, statusCategory, labels, key, parent, \"Epic Link\", resolution, created, resolved) (at character 1)",
                counter.problemWith("assignee = currentUser()", "pia").orElseThrow());
        CountFailedException failed = assertThrows(CountFailedException.class,
                () -> counter.count("status ~ Done", "pia", AS_OF));
        assertEquals("the operator ~ (text search) is not supported by the preview's JQL subset (at character 8)",
                failed.getMessage());
    }

    @Test
    public void anOwnerWhoIsNoLongerAUserCannotBeCountedFor() {
        CountFailedException failed = assertThrows(CountFailedException.class,
                () -> counter.count("project = OUT", "gone", AS_OF));
        assertEquals("the user gone is not among the preview's users", failed.getMessage());
    }

    private static IssuesDocument parse(String json) {
        try {
            return new IssuesDocumentParser(IssueFieldNames.defaults()).parse(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
