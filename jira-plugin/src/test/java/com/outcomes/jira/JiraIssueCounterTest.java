package com.outcomes.jira;

import static com.outcomes.jira.JiraFixtures.user;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import com.outcomes.port.CountFailedException;

public class JiraIssueCounterTest {

    private static final String JQL = "project = SHOP AND statusCategory = Done";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private final SearchService search = mock(SearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser owner = user("olivia");
    private final Query query = mock(Query.class);
    private final JiraIssueCounter counter = new JiraIssueCounter(search, users);

    @Before
    public void oliviaIsActiveAndTheQueryParses() {
        when(owner.isActive()).thenReturn(true);
        when(users.getUserByName("olivia")).thenReturn(owner);
        SearchService.ParseResult parsed = parseResult(true, null);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(owner, JQL)).thenReturn(parsed);
        MessageSet none = messages();
        when(search.validateQuery(owner, query)).thenReturn(none);
    }

    @Test
    public void countsAsTheOwnerNotAsWhoeverIsLoggedIn() throws Exception {
        // given Jira counts 17 issues for olivia
        when(search.searchCount(owner, query)).thenReturn(17L);

        // when
        long count = counter.count(JQL, "olivia", AS_OF);

        // then one count, parsed, validated and counted as olivia (the counter has no logged-in user to fall back on)
        assertEquals(17L, count);
        verify(search).parseQuery(owner, JQL);
        verify(search).validateQuery(owner, query);
        verify(search, times(1)).searchCount(owner, query);
        verify(search, never()).search(any(), any(), any());
    }

    @Test
    public void jqlTheParserRefusesIsReportedWithTheParsersMessage() throws Exception {
        // given
        SearchService.ParseResult refused = parseResult(false,
                messages("Error in the JQL Query: Expecting operator but got 'SHOP'. (line 1, character 9)"));
        when(search.parseQuery(owner, "project SHOP")).thenReturn(refused);

        // when
        Optional<String> problem = counter.problemWith("project SHOP", "olivia");
        CountFailedException failure = assertThrows(CountFailedException.class,
                () -> counter.count("project SHOP", "olivia", AS_OF));

        // then
        assertEquals(Optional.of("Error in the JQL Query: Expecting operator but got 'SHOP'. (line 1, character 9)"),
                problem);
        assertEquals(problem.get(), failure.getMessage());
        verify(search, never()).searchCount(any(), any());
    }

    @Test
    public void jqlNamingAFieldOrValueTheOwnerCannotSeeIsRefusedBeforeItCountsZero() throws Exception {
        // given a query that parses but names a project olivia may not see
        Query hidden = mock(Query.class);
        SearchService.ParseResult parsed = parseResult(true, null);
        when(parsed.getQuery()).thenReturn(hidden);
        when(search.parseQuery(owner, "project = SECRET")).thenReturn(parsed);
        MessageSet unknownValue = messages("The value 'SECRET' does not exist for the field 'project'.");
        when(search.validateQuery(owner, hidden)).thenReturn(unknownValue);

        // when
        Optional<String> problem = counter.problemWith("project = SECRET", "olivia");

        // then
        assertEquals(Optional.of("The value 'SECRET' does not exist for the field 'project'."), problem);
        assertThrows(CountFailedException.class, () -> counter.count("project = SECRET", "olivia", AS_OF));
        verify(search, never()).searchCount(any(), any());
    }

    @Test
    public void acceptedJqlHasNoProblem() {
        assertEquals(Optional.empty(), counter.problemWith(JQL, "olivia"));
    }

    @Test
    public void aSearchExceptionBecomesAFailedCountWithJirasMessage() throws Exception {
        // given
        when(search.searchCount(owner, query)).thenThrow(new SearchException("The search index is not available."));

        // when
        CountFailedException failure = assertThrows(CountFailedException.class, () -> counter.count(JQL, "olivia", AS_OF));

        // then
        assertEquals("Jira could not count the issues of this query: The search index is not available.",
                failure.getMessage());
    }

    @Test
    public void anUnexpectedFailureOfJirasSearchIsAFailedCountWithoutClassNames() throws Exception {
        when(search.searchCount(owner, query)).thenThrow(new IllegalStateException("com.example.IndexClosedException"));

        CountFailedException failure = assertThrows(CountFailedException.class, () -> counter.count(JQL, "olivia", AS_OF));

        assertEquals("Jira could not count the issues now; the next run tries again.", failure.getMessage());
        assertThat(failure.getMessage(), not(containsString("Exception")));
    }

    @Test
    public void anUnknownOrInactiveOwnerCannotCount() throws Exception {
        // given bob left (inactive) and nobody is called ghost
        ApplicationUser bob = user("bob");
        when(bob.isActive()).thenReturn(false);
        when(users.getUserByName("bob")).thenReturn(bob);

        // then
        CountFailedException inactive = assertThrows(CountFailedException.class, () -> counter.count(JQL, "bob", AS_OF));
        CountFailedException unknown = assertThrows(CountFailedException.class, () -> counter.count(JQL, "ghost", AS_OF));
        assertEquals("There is no active Jira user named bob to count the issues as.", inactive.getMessage());
        assertEquals("There is no active Jira user named ghost to count the issues as.", unknown.getMessage());
        assertEquals(Optional.of("There is no active Jira user named ghost to count the issues as."),
                counter.problemWith(JQL, "ghost"));
        verify(search, never()).parseQuery(any(), any());
        verify(search, never()).searchCount(any(), any());
    }

    private static SearchService.ParseResult parseResult(boolean valid, MessageSet errors) {
        SearchService.ParseResult result = mock(SearchService.ParseResult.class);
        when(result.isValid()).thenReturn(valid);
        when(result.getErrors()).thenReturn(errors);
        return result;
    }

    private static MessageSet messages(String... texts) {
        MessageSet set = mock(MessageSet.class);
        when(set.hasAnyErrors()).thenReturn(texts.length > 0);
        when(set.getErrorMessages()).thenReturn(Set.of(texts));
        return set;
    }
}
