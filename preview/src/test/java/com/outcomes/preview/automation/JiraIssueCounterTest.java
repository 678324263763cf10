package com.outcomes.preview.automation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.After;
import org.junit.Test;

import com.outcomes.port.CountFailedException;
import com.outcomes.preview.auth.PreviewUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.work.FakeJira;
import com.outcomes.preview.work.JiraSite;

/** Counting with a live Jira (a fake one on a local Jetty) over real HTTP. */
public class JiraIssueCounterTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-18");

    private final UserDirectory users = new UserDirectory(List.of(
            new PreviewUser("root", "pw", Set.of("*"), Set.of()),
            new PreviewUser("pia", "pw", Set.of("OUT"), Set.of("MKT")),
            new PreviewUser("nobody", "pw", Set.of(), Set.of())));
    private FakeJira jira;

    @After
    public void stopFakeJira() throws Exception {
        if (jira != null) {
            jira.close();
        }
    }

    private JiraIssueCounter counter() throws Exception {
        jira = new FakeJira("[]", List.of("{\"key\": \"OUT-1\"}", "{\"key\": \"OUT-2\"}", "{\"key\": \"OUT-3\"}"), 100);
        return new JiraIssueCounter(new JiraSite(jira.uri(), "tok3n", HttpClient.newHttpClient(), Duration.ofSeconds(5)), users);
    }

    private String lastJql() {
        String request = jira.requests().get(jira.requests().size() - 1);
        String query = request.substring(request.indexOf('?') + 1);
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("jql=")) {
                return URLDecoder.decode(parameter.substring(4), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no jql in " + request);
    }

    @Test
    public void theCountIsTheTotalOfASearchThatAsksForNoIssues() throws Exception {
        // when
        long count = counter().count("project = OUT AND created >= -7d ORDER BY key", "root", AS_OF);

        // then
        assertEquals(3, count);
        String request = jira.requests().get(0);
        assertTrue(request, request.startsWith("/rest/api/2/search?") && request.contains("maxResults=0"));
        assertEquals("project = OUT AND created >= -7d ORDER BY key", lastJql());
        assertEquals(List.of("Bearer tok3n"), jira.authorizations());
    }

    @Test
    public void aUserWhoMayNotBrowseEveryProjectIsCountedInTheirProjectsOnly() throws Exception {
        JiraIssueCounter counter = counter();
        counter.count("labels = support ORDER BY created DESC", "pia", AS_OF);
        assertEquals("project in (\"MKT\", \"OUT\") AND (labels = support)", lastJql());
        assertEquals(0, counter.count("labels = support", "nobody", AS_OF));
        assertEquals(1, jira.requests().size()); // nobody's count needs no search
    }

    @Test
    public void aQueryJiraRefusesIsItsParsersMessage() throws Exception {
        // given
        JiraIssueCounter counter = counter();
        jira.refuseJql("assignee = ghost", "The value 'ghost' does not exist for the field 'assignee'.");

        // then
        assertEquals("The value 'ghost' does not exist for the field 'assignee'.",
                counter.problemWith("assignee = ghost", "root").orElseThrow());
        assertTrue(counter.problemWith("assignee = pia", "root").isEmpty());
        CountFailedException failed = assertThrows(CountFailedException.class,
                () -> counter.count("assignee = ghost", "root", AS_OF));
        assertEquals("The value 'ghost' does not exist for the field 'assignee'.", failed.getMessage());
    }

    @Test
    public void aJiraThatCannotAnswerFailsTheCountButDoesNotRefuseADefinition() throws Exception {
        // given
        JiraIssueCounter counter = counter();
        jira.answerWith(503);

        // then
        assertTrue(counter.problemWith("project = OUT", "root").isEmpty());
        CountFailedException failed = assertThrows(CountFailedException.class,
                () -> counter.count("project = OUT", "root", AS_OF));
        assertEquals("Jira localhost answered HTTP 503 to the count of a computed metric", failed.getMessage());
    }
}
