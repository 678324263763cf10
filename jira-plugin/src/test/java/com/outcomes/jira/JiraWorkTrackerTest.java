package com.outcomes.jira;

import static com.outcomes.jira.JiraFixtures.answer;
import static com.outcomes.jira.JiraFixtures.issue;
import static com.outcomes.jira.JiraFixtures.link;
import static com.outcomes.jira.JiraFixtures.story;
import static com.outcomes.jira.JiraFixtures.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.WeeklyCounts;
import com.outcomes.jira.sprint.SprintDirectory;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;

public class JiraWorkTrackerTest {

    /** Monday 28 September .. Tuesday 6 October 2026: two weeks. */
    private static final OutputWindow WINDOW = OutputWindow.ending(LocalDate.of(2026, 10, 6), 2);

    private final SearchService search = mock(SearchService.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final CustomField epicLink = mock(CustomField.class);
    private final SprintDirectory sprints = mock(SprintDirectory.class);
    private final ApplicationUser alice = user("alice");

    private JiraWorkTracker tracker;

    @Before
    public void setUp() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
        when(sprints.sprint(anyLong())).thenReturn(Optional.empty()); // no Jira Software unless a test says so
        tracker = new JiraWorkTracker(search, issues, links, customFields, authentication, sprints);
    }

    @Test
    public void epicWorkRunsOneSearchForAllEpicsAsTheLoggedInUser() throws Exception {
        // given three epics, each with one story
        MutableIssue e1 = issue("SHOP-1", "Epic");
        MutableIssue e2 = issue("SHOP-2", "Epic");
        MutableIssue e3 = issue("WEB-7", "Epic");
        String jql = "\"Epic Link\" in (\"SHOP-1\", \"SHOP-2\", \"WEB-7\")";
        answer(search, jql, List.of(
                story("SHOP-10", epicLink, e1, "new", null),
                story("SHOP-11", epicLink, e2, "new", null),
                story("WEB-70", epicLink, e3, "new", null)));

        // when
        List<EpicWork> work = tracker.epicWork(List.of(IssueRefs.of(e1), IssueRefs.of(e2), IssueRefs.of(e3)), WINDOW);

        // then one parse of that exact JQL and one page searched, as alice
        verify(search, times(1)).parseQuery(alice, jql);
        verify(search, times(1)).parseQuery(any(), anyString());
        verify(search, times(1)).search(eq(alice), any(Query.class), any(PagerFilter.class));
        assertEquals(List.of(1, 1, 1), work.stream().map(EpicWork::total).toList());
    }

    @Test
    public void epicWorkSearchCountDoesNotGrowWithTheNumberOfEpics() throws Exception {
        // given fifty epics and no issues in them
        List<IssueRef> epics = IntStream.rangeClosed(1, 50).mapToObj(i -> new IssueRef("E-" + i, "Epic " + i, "E", "Epic")).toList();
        answer(search, Jql.issuesOfEpics(epics.stream().map(IssueRef::key).toList()), List.of());

        // when
        List<EpicWork> work = tracker.epicWork(epics, WINDOW);

        // then
        verify(search, times(1)).parseQuery(any(), anyString());
        verify(search, times(1)).search(any(), any(), any(PagerFilter.class));
        assertEquals(50, work.size());
        assertTrue(work.stream().allMatch(w -> w.total() == 0 && w.done() == 0));
    }

    @Test
    public void epicWorkPagesThroughLargeResultsWithTheSameQuery() throws Exception {
        // given 2,500 stories in one epic
        MutableIssue epic = issue("BIG-1", "Epic");
        List<MutableIssue> stories = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            stories.add(story("BIG-" + (i + 2), epicLink, epic, i < 2000 ? "done" : "indeterminate", i < 2000 ? "2026-10-01 10:00:00" : null));
        }
        Query query = answer(search, "\"Epic Link\" in (\"BIG-1\")", stories);

        // when
        EpicWork work = tracker.epicWork(List.of(IssueRefs.of(epic)), WINDOW).get(0);

        // then three pages of 1,000 of the one parsed query, starting at 0, 1000 and 2000
        ArgumentCaptor<PagerFilter> pages = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times(3)).search(eq(alice), eq(query), pages.capture());
        verify(search, times(1)).parseQuery(any(), anyString());
        assertEquals(List.of(0, 1000, 2000), pages.getAllValues().stream().map(PagerFilter::getStart).toList());
        assertTrue(pages.getAllValues().stream().allMatch(p -> p.getMax() == 1000));
        assertEquals(2500, work.total());
        assertEquals(2000, work.done());
    }

    @Test
    public void epicWorkCountsDoneByStatusCategoryAndWeeksByResolutionDay() throws Exception {
        // given an epic with stories done, in progress, and done without a resolution date
        MutableIssue epic = issue("SHOP-1", "Epic");
        answer(search, "\"Epic Link\" in (\"SHOP-1\")", List.of(
                story("SHOP-2", epicLink, epic, "done", "2026-10-01 23:30:00"),
                story("SHOP-3", epicLink, epic, "done", "2026-10-05 00:15:00"),
                story("SHOP-4", epicLink, epic, "indeterminate", "2026-10-06 12:00:00"),
                story("SHOP-5", epicLink, epic, "new", null),
                story("SHOP-6", epicLink, epic, "done", null)));

        // when
        EpicWork work = tracker.epicWork(List.of(IssueRefs.of(epic)), WINDOW).get(0);

        // then
        assertEquals(5, work.total());
        assertEquals(3, work.done());
        // Thursday 1 October in the window's first week, Monday 5 October in its second; SHOP-6 has no week
        assertEquals(WeeklyCounts.of(1, 1), work.doneByWeek());
    }

    @Test
    public void epicWorkGivesEachEpicsFirstAndLastResolutionDayFromTheSameOneSearch() throws Exception {
        // given two epics: one with done stories resolved on 3 and 20 October (and one done without a date), one
        // with nothing done
        MutableIssue shipped = issue("SHOP-1", "Epic");
        MutableIssue open = issue("SHOP-2", "Epic");
        answer(search, "\"Epic Link\" in (\"SHOP-1\", \"SHOP-2\")", List.of(
                story("SHOP-3", epicLink, shipped, "done", "2026-10-20 09:00:00"),
                story("SHOP-4", epicLink, shipped, "done", "2026-10-03 17:00:00"),
                story("SHOP-5", epicLink, shipped, "done", null),
                story("SHOP-6", epicLink, open, "indeterminate", "2026-10-01 12:00:00")));

        // when
        List<EpicWork> work = tracker.epicWork(List.of(IssueRefs.of(shipped), IssueRefs.of(open)), WINDOW);

        // then one search answers both, and only done issues' resolution days count
        verify(search, times(1)).parseQuery(any(), anyString());
        assertEquals(java.time.LocalDate.of(2026, 10, 3), work.get(0).firstDone());
        assertEquals(java.time.LocalDate.of(2026, 10, 20), work.get(0).lastDone());
        assertTrue(work.get(0).finished());
        assertNull(work.get(1).firstDone());
        assertNull(work.get(1).lastDone());
        assertFalse(work.get(1).finished());
    }

    @Test
    public void epicWorkGroupsResultsByEpicInArgumentOrder() throws Exception {
        // given two epics whose stories come back interleaved
        MutableIssue a = issue("A-1", "Epic");
        MutableIssue b = issue("B-1", "Epic");
        answer(search, "\"Epic Link\" in (\"B-1\", \"A-1\")", List.of(
                story("A-2", epicLink, a, "done", "2026-09-01 09:00:00"),
                story("B-2", epicLink, b, "new", null),
                story("A-3", epicLink, a, "new", null)));

        // when
        List<EpicWork> work = tracker.epicWork(List.of(IssueRefs.of(b), IssueRefs.of(a)), WINDOW);

        // then
        assertEquals("B-1", work.get(0).epic().key());
        assertEquals(1, work.get(0).total());
        assertEquals(0, work.get(0).done());
        assertEquals("A-1", work.get(1).epic().key());
        assertEquals(2, work.get(1).total());
        assertEquals(1, work.get(1).done());
    }

    @Test
    public void epicWorkOfNoEpicsSearchesNothing() throws Exception {
        assertTrue(tracker.epicWork(List.of(), WINDOW).isEmpty());
        verify(search, never()).search(any(), any(), any(PagerFilter.class));
    }

    @Test
    public void epicKeysAreQuotedSoTheyCannotAlterTheQuery() {
        assertEquals("\"Epic Link\" in (\"X-1\", \"a\\\" OR project = \\\"Y\")",
                Jql.issuesOfEpics(List.of("X-1", "a\" OR project = \"Y")));
    }

    @Test(expected = IllegalStateException.class)
    public void rejectedQueryIsReportedNotTreatedAsEmpty() {
        // given Jira without the Epic Link field (no Jira Software): the query does not parse
        SearchService.ParseResult invalid = mock(SearchService.ParseResult.class);
        when(invalid.isValid()).thenReturn(false);
        when(search.parseQuery(any(), anyString())).thenReturn(invalid);

        // when
        tracker.epicWork(List.of(new IssueRef("E-1", "Epic", "E", "Epic")), WINDOW);
    }

    @Test
    public void portfolioSearchesChallengesAndOutcomesOfTheProjectAndFollowsSuccessMeasureLinks() throws Exception {
        // given a challenge, an outcome measuring it and an outcome measuring nothing
        MutableIssue challenge = issue("SHOP-1", "Challenge");
        MutableIssue measured = issue("SHOP-2", "Outcome");
        MutableIssue loose = issue("SHOP-3", "Outcome");
        answer(search, "project = \"SHOP\" AND issuetype in (\"Challenge\",\"Outcome\")", List.of(challenge, measured, loose));
        List<IssueLink> measuredLinks = List.of(link("Relates", measured, loose), link("Success measure", measured, challenge));
        when(links.getOutwardLinks(measured.getId())).thenReturn(measuredLinks);
        when(links.getOutwardLinks(loose.getId())).thenReturn(List.of());

        // when
        Portfolio portfolio = tracker.portfolio("SHOP");

        // then
        assertEquals(List.of("SHOP-1"), portfolio.challenges().stream().map(IssueRef::key).toList());
        assertEquals(List.of("SHOP-2", "SHOP-3"), portfolio.outcomes().stream().map(IssueRef::key).toList());
        assertEquals(Map.of("SHOP-2", "SHOP-1"), portfolio.challengeOfOutcome());
        verify(search, times(1)).search(eq(alice), any(), any(PagerFilter.class));
    }

    @Test
    public void epicsOfFollowsInwardOutcomeLinksOfEachOutcome() {
        // given an outcome moved by two epics and related to a third issue
        MutableIssue outcome = issue("SHOP-2", "Outcome");
        MutableIssue e1 = issue("SHOP-5", "Epic");
        MutableIssue e2 = issue("SHOP-6", "Epic");
        MutableIssue other = issue("SHOP-7", "Story");
        MutableIssue lonely = issue("SHOP-3", "Outcome");
        when(issues.getIssueByCurrentKey("SHOP-2")).thenReturn(outcome);
        when(issues.getIssueByCurrentKey("SHOP-3")).thenReturn(lonely);
        List<IssueLink> inward = List.of(link("Outcome", e1, outcome), link("Relates", other, outcome), link("Outcome", e2, outcome));
        when(links.getInwardLinks(outcome.getId())).thenReturn(inward);

        // when
        Map<String, List<IssueRef>> epics = tracker.epicsOf(List.of("SHOP-2", "SHOP-3", "NOPE-1"));

        // then
        assertEquals(List.of("SHOP-5", "SHOP-6"), epics.get("SHOP-2").stream().map(IssueRef::key).toList());
        assertFalse(epics.containsKey("SHOP-3"));
        assertFalse(epics.containsKey("NOPE-1"));
        verify(search, never()).parseQuery(any(), anyString());
    }

    @Test
    public void outcomesMovedByFollowsOutwardOutcomeLinksOfEachEpic() {
        MutableIssue epic = issue("SHOP-5", "Epic");
        MutableIssue outcome = issue("SHOP-2", "Outcome");
        when(issues.getIssueByCurrentKey("SHOP-5")).thenReturn(epic);
        List<IssueLink> outward = List.of(link("Outcome", epic, outcome));
        when(links.getOutwardLinks(epic.getId())).thenReturn(outward);

        Map<String, List<IssueRef>> moved = tracker.outcomesMovedBy(List.of("SHOP-5"));

        assertEquals(List.of("SHOP-2"), moved.get("SHOP-5").stream().map(IssueRef::key).toList());
    }

    @Test
    public void challengeOfAndOutcomesOfFollowSuccessMeasureLinksBothWays() {
        MutableIssue challenge = issue("SHOP-1", "Challenge");
        MutableIssue outcome = issue("SHOP-2", "Outcome");
        when(issues.getIssueByCurrentKey("SHOP-1")).thenReturn(challenge);
        when(issues.getIssueByCurrentKey("SHOP-2")).thenReturn(outcome);
        List<IssueLink> measures = List.of(link("Success measure", outcome, challenge));
        when(links.getOutwardLinks(outcome.getId())).thenReturn(measures);
        when(links.getInwardLinks(challenge.getId())).thenReturn(measures);

        assertEquals("SHOP-1", tracker.challengeOf("SHOP-2").orElseThrow().key());
        assertEquals(List.of("SHOP-2"), tracker.outcomesOf("SHOP-1").stream().map(IssueRef::key).toList());
        assertTrue(tracker.challengeOf("NOPE-1").isEmpty());
    }

    @Test
    public void issueMapsKeySummaryProjectAndType() {
        MutableIssue outcome = issue("SHOP-2", "Outcome");
        when(issues.getIssueByCurrentKey("SHOP-2")).thenReturn(outcome);

        assertEquals(new IssueRef("SHOP-2", "Summary of SHOP-2", "SHOP", "Outcome"), tracker.issue("SHOP-2").orElseThrow());
        assertTrue(tracker.issue("NOPE-9").isEmpty());
    }

    @Test
    public void sprintIssuesComeFromOneSprintSearchWithTheirEpics() throws Exception {
        MutableIssue epic = issue("SHOP-5", "Epic");
        Issue done = story("SHOP-8", epicLink, epic, "done", "2026-10-02 08:00:00");
        Issue open = story("SHOP-9", epicLink, null, "new", null);
        answer(search, "sprint = 42", List.of(done, open));

        List<SprintIssue> sprintIssues = tracker.sprintIssues(42);

        assertEquals(List.of(
                new SprintIssue("SHOP-8", "SHOP-5", true, LocalDate.of(2026, 10, 2)),
                new SprintIssue("SHOP-9", null, false, null)), sprintIssues);
        verify(search, times(1)).parseQuery(alice, "sprint = 42");
    }

    @Test
    public void sprintComesFromJiraSoftwareWhenItIsInstalled() throws Exception {
        // given Jira Software knows sprint 7 with its name and dates
        Sprint known = new Sprint(7, "Sprint 7", "closed", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 2));
        when(sprints.sprint(7)).thenReturn(Optional.of(Optional.of(known)));
        when(sprints.sprint(8)).thenReturn(Optional.of(Optional.empty()));

        // then its answer is used as it is, without any search
        assertEquals(Optional.of(known), tracker.sprint(7));
        assertTrue(tracker.sprint(8).isEmpty());
        verify(search, never()).parseQuery(any(), any());
    }

    @Test
    public void sprintStateIsDerivedFromSprintFunctions() throws Exception {
        // given sprint 7 has issues and is closed
        Query all = countable("sprint = 7", 12);
        countable("sprint = 7 AND sprint in openSprints()", 0);
        countable("sprint = 7 AND sprint in closedSprints()", 12);
        countable("sprint = 8", 0);

        assertEquals("closed", tracker.sprint(7).orElseThrow().state());
        assertEquals(7L, tracker.sprint(7).orElseThrow().id());
        assertTrue(tracker.sprint(8).isEmpty());
        verify(search, times(2)).searchCount(alice, all);
    }

    private Query countable(String jql, long count) throws Exception {
        Query query = mock(Query.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(any(), eq(jql))).thenReturn(parsed);
        when(search.searchCount(any(), eq(query))).thenReturn(count);
        return query;
    }
}
