package com.outcomes.preview.jql;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

public class JqlQueryTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-18");

    // OUT-1 story, done, labels ux+chat, epic OUT-9, created 2026-11-01, resolved 2026-11-10
    // OUT-2 bug, in progress, label chat, parent OUT-1 (sub-task), created 2026-11-15
    // OUT-3 Épopée (the site's epic type), open, no labels, created 2026-10-01
    // MKT-1 story, done without a resolution date in the document, created 2026-11-17
    private static final List<SearchableIssue> ISSUES = List.of(
            issue("OUT-1", "OUT", "Story", "Done", "done", Set.of("ux", "chat"), "OUT-9", null, true, "2026-11-01", "2026-11-10"),
            issue("OUT-2", "OUT", "Bug", "In Progress", "indeterminate", Set.of("chat"), null, "OUT-1", false, "2026-11-15", null),
            issue("OUT-3", "OUT", "Épopée", "Open", "new", Set.of(), null, null, false, "2026-10-01", null),
            issue("MKT-1", "MKT", "Story", "Closed", "done", Set.of(), "MKT-9", null, true, "2026-11-17", null));

    @Test
    public void equalsComparesIgnoringCaseOfFieldNamesAndValues() {
        assertEquals(List.of("OUT-1", "OUT-2", "OUT-3"), matching("PROJECT = out"));
        assertEquals(List.of("OUT-1", "MKT-1"), matching("issuetype = story"));
        assertEquals(List.of("OUT-3"), matching("issueType = \"épopée\""));
        assertEquals(List.of("OUT-2"), matching("status = 'In Progress'"));
        assertEquals(List.of("OUT-2"), matching("key = out-2"));
    }

    @Test
    public void notEqualsNeverMatchesAnEmptyField() {
        assertEquals(List.of("OUT-2", "OUT-3", "MKT-1"), matching("key != OUT-1"));
        // only OUT-1 and OUT-2 have labels: OUT-3 and MKT-1 have none, so they are not "labels != ux"
        assertEquals(List.of("OUT-2"), matching("labels != ux"));
    }

    @Test
    public void inAndNotInTakeAList() {
        assertEquals(List.of("OUT-1", "OUT-3"), matching("key in (OUT-1, \"OUT-3\", OUT-99)"));
        assertEquals(List.of("OUT-2", "MKT-1"), matching("key not in (OUT-1, OUT-3)"));
        assertEquals(List.of("OUT-1", "OUT-2"), matching("status in (Done, \"In Progress\")"));
    }

    @Test
    public void statusCategoryTakesJiraKeysAndNames() {
        assertEquals(List.of("OUT-1", "MKT-1"), matching("statusCategory = Done"));
        assertEquals(List.of("OUT-1", "MKT-1"), matching("statuscategory = done"));
        assertEquals(List.of("OUT-2"), matching("statusCategory = \"In Progress\""));
        assertEquals(List.of("OUT-2"), matching("statusCategory = indeterminate"));
        assertEquals(List.of("OUT-3"), matching("statusCategory = \"To Do\""));
        assertEquals(List.of("OUT-2", "OUT-3"), matching("statusCategory != Done"));
    }

    @Test
    public void aStatusCategoryNameIsNotTakenForAnotherCategorysKey() {
        assertEquals(List.of("OUT-2", "OUT-3"), matching("statusCategory not in (\"Done\")"));
        assertEquals(List.of("OUT-1", "OUT-2", "MKT-1"), matching("statusCategory in (\"In Progress\", done)"));
        assertEquals(List.of(), matching("statusCategory = \"To\""));
    }

    @Test
    public void labelsMatchWhenAnyLabelMatches() {
        assertEquals(List.of("OUT-1", "OUT-2"), matching("labels = chat"));
        assertEquals(List.of("OUT-1"), matching("labels in (ux, nothing)"));
        assertEquals(List.of("OUT-3", "MKT-1"), matching("labels is EMPTY"));
        assertEquals(List.of("OUT-2"), matching("labels not in (ux)"));
    }

    @Test
    public void parentAndEpicLinkReachTheEpic() {
        assertEquals(List.of("OUT-1"), matching("\"Epic Link\" = OUT-9"));
        assertEquals(List.of("OUT-1"), matching("parent = OUT-9"));
        assertEquals(List.of("OUT-2"), matching("parent = OUT-1"));
        assertEquals(List.of("OUT-3"), matching("parent is EMPTY"));
        assertEquals(List.of("OUT-1", "MKT-1"), matching("'epic link' is not EMPTY"));
    }

    @Test
    public void resolutionIsAskedOnlyAsEmptyOrNot() {
        assertEquals(List.of("OUT-2", "OUT-3"), matching("resolution is EMPTY"));
        assertEquals(List.of("OUT-1", "MKT-1"), matching("resolution IS NOT empty"));
        assertEquals(List.of("OUT-2", "OUT-3"), matching("resolution = EMPTY"));
        assertEquals(List.of("OUT-1", "MKT-1"), matching("resolution is not null"));
    }

    @Test
    public void datesCompareByCalendarDay() {
        assertEquals(List.of("OUT-1"), matching("created = 2026-11-01"));
        assertEquals(List.of("OUT-2", "OUT-3", "MKT-1"), matching("created != 2026-11-01"));
        assertEquals(List.of("OUT-3"), matching("created < 2026-11-01"));
        assertEquals(List.of("OUT-1", "OUT-3"), matching("created <= 2026-11-01"));
        assertEquals(List.of("OUT-2", "MKT-1"), matching("created > 2026-11-01"));
        assertEquals(List.of("OUT-1", "OUT-2", "MKT-1"), matching("created >= '2026/11/01'"));
        assertEquals(List.of("OUT-1", "OUT-3"), matching("created in (2026-11-01, 2026-10-01)"));
        assertEquals(List.of("OUT-1"), matching("resolved >= 2026-11-10"));
        // MKT-1 is done, yet its document gives no resolution date: "resolved" is empty there
        assertEquals(List.of("OUT-2", "OUT-3", "MKT-1"), matching("resolved is EMPTY"));
    }

    @Test
    public void relativeDatesCountBackFromTheDayTheQueryRunsFor() {
        // as of 2026-11-18: -7d = 2026-11-11, -2w = 2026-11-04
        assertEquals(List.of("OUT-2", "MKT-1"), matching("created >= -7d"));
        assertEquals(List.of("OUT-2", "MKT-1"), matching("created > -2w"));
        assertEquals(List.of("OUT-1", "OUT-2", "MKT-1"), matching("created >= -3w"));
        assertEquals(List.of("MKT-1"), matching("created = -1d"));
        assertEquals(List.of("OUT-1"), matching("resolved >= -10d"));
        // the same query a week later counts other issues: relative dates are resolved when counted, not compiled
        JqlQuery lastWeek = JqlQuery.compile("created >= -7d");
        assertEquals(1, lastWeek.count(ISSUES, LocalDate.parse("2026-11-24"), i -> true));
    }

    @Test
    public void notBindsTighterThanAndWhichBindsTighterThanOr() {
        // OR below AND: project = MKT OR (labels = chat AND status = Done)
        assertEquals(List.of("OUT-1", "MKT-1"), matching("project = MKT OR labels = chat AND status = Done"));
        assertEquals(List.of("OUT-1"), matching("(project = MKT OR labels = chat) AND status = Done"));
        // NOT applies to the clause after it only: (NOT project = MKT) AND labels is EMPTY
        assertEquals(List.of("OUT-3"), matching("NOT project = MKT AND labels is EMPTY"));
        assertEquals(List.of("OUT-1", "OUT-2", "OUT-3"), matching("not (project = MKT and labels is EMPTY)"));
        assertEquals(List.of("OUT-2", "OUT-3"), matching("! statusCategory = done"));
    }

    @Test
    public void clausesOfDifferentCostsCombineAsWritten() {
        // dates and resolution are tested before texts inside AND and OR: the answer must not change
        assertEquals(List.of("OUT-1", "OUT-2", "OUT-3"),
                matching("NOT created >= -7d AND status = Done OR resolution is EMPTY"));
        assertEquals(List.of("OUT-1"), matching("labels = ux AND (resolved >= -10d OR key = MKT-1)"));
        assertEquals(List.of("OUT-3"), matching("project = OUT AND NOT (resolution is not EMPTY OR created >= -7d)"));
    }

    @Test
    public void anEmptyQueryOrOneWithOnlyAnOrderCountsEveryIssue() {
        assertEquals(4, matching("").size());
        assertEquals(4, matching("ORDER BY key").size());
        assertEquals(List.of("OUT-1", "OUT-2"), matching("labels = chat order by created DESC, key"));
    }

    @Test
    public void countLetsOnlyTheUsersIssuesThrough() {
        JqlQuery done = JqlQuery.compile("statusCategory = done");
        assertEquals(2, done.count(ISSUES, AS_OF, i -> true));
        assertEquals(1, done.count(ISSUES, AS_OF, i -> i.project().equals("OUT")));
    }

    @Test
    public void whatTheSubsetDoesNotSupportIsNamed() {
        assertProblem("assignee = pia", "the field 'assignee' is not supported");
        assertProblem("summary ~ chat", "the field 'summary' is not supported");
        assertProblem("status ~ Done", "the operator ~ (text search) is not supported");
        assertProblem("status was Done", "the operator WAS (change history) is not supported");
        assertProblem("created > startOfWeek()", "the function startOfWeek() is not supported");
        assertProblem("created > -4h", "relative dates in days (d) or weeks (w)");
        assertProblem("status > Done", "the operator > is not supported for status");
        assertProblem("resolution = Fixed", "resolution only with IS EMPTY or IS NOT EMPTY");
        assertProblem("resolution in (Fixed)", "resolution only with IS EMPTY or IS NOT EMPTY");
    }

    @Test
    public void syntaxErrorsSayWhatWasExpectedAndWhere() {
        assertProblem("project = ", "expected a value for project but got the end of the query (at character 11)");
        assertProblem("project OUT", "expected an operator after project but got 'OUT' (at character 9)");
        assertProblem("project = OUT status = Done", "expected AND, OR or the end of the query but got 'status' (at character 15)");
        assertProblem("(project = OUT", "expected ')' but got the end of the query");
        assertProblem("key in (OUT-1 OUT-2)", "expected ',' or ')' but got 'OUT-2'");
        assertProblem("key in OUT-1", "expected '(' to start the list but got 'OUT-1'");
        assertProblem("status = \"Done", "has no closing \"");
        assertProblem("created > 2026-13-01", "'2026-13-01' is not a date");
        assertProblem("created > yesterday", "expected a date for created (YYYY-MM-DD, or relative such as -7d or -2w) but got 'yesterday'");
        assertProblem("status is Done", "expected EMPTY after IS but got 'Done'");
        assertProblem("AND status = Done", "expected a field name but got 'AND'");
    }

    private static void assertProblem(String jql, String expected) {
        JqlException e = assertThrows(JqlException.class, () -> JqlQuery.compile(jql));
        assertThat(e.getMessage(), containsString(expected));
    }

    private static List<String> matching(String jql) {
        JqlQuery query = JqlQuery.compile(jql);
        return ISSUES.stream().filter(i -> query.matches(i, AS_OF)).map(SearchableIssue::key).collect(Collectors.toList());
    }

    private static SearchableIssue issue(String key, String project, String type, String status, String category,
                                         Set<String> labels, String epic, String parent, boolean resolved, String created,
                                         String resolvedOn) {
        return new SearchableIssue(key, project, type, status, category, labels, epic, parent, resolved,
                LocalDate.parse(created), resolvedOn == null ? null : LocalDate.parse(resolvedOn));
    }
}
