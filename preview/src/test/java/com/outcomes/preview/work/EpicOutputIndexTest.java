package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.WeeklyCounts;
import com.outcomes.preview.jql.SearchableIssue;

public class EpicOutputIndexTest {

    /** Two weeks: Monday 21 September through Thursday 1 October 2026. */
    private static final OutputWindow WINDOW = OutputWindow.ending(LocalDate.of(2026, 10, 1), 2);

    @Test
    public void countsDoneDaysOnTheWindowsEdgesAndNothingOutsideIt() {
        // given done issues the day before the window, three on its first day, on its last day, the day after,
        // one done without a resolution date, and one not done
        List<DocumentIssue> issues = new ArrayList<>();
        issues.add(done("2026-09-20"));
        issues.add(done("2026-10-02"));
        issues.add(done("2026-09-21"));
        issues.add(done("2026-10-01"));
        issues.add(done("2026-09-21"));
        issues.add(done("2026-09-21"));
        issues.add(issue(true, null));
        issues.add(issue(false, null));

        // when
        EpicOutputIndex output = EpicOutputIndex.of(issues);

        // then
        assertEquals(8, output.total());
        assertEquals(7, output.done());
        assertEquals(WeeklyCounts.of(3, 1), output.doneIn(WINDOW));
    }

    @Test
    public void eachWindowIsCountedFromTheSameIndex() {
        // given one issue resolved on each Thursday from 3 September to 1 October
        List<DocumentIssue> issues = new ArrayList<>();
        for (int week = 0; week < 5; week++) {
            issues.add(done(LocalDate.of(2026, 9, 3).plusWeeks(week).toString()));
        }
        EpicOutputIndex output = EpicOutputIndex.of(issues);

        // when / then: two different windows over the same epic
        assertEquals(WeeklyCounts.of(1, 1), output.doneIn(WINDOW));
        assertEquals(WeeklyCounts.of(0, 1, 1, 1, 1, 1),
                output.doneIn(OutputWindow.ending(LocalDate.of(2026, 10, 1), 6)));
    }

    @Test
    public void firstAndLastDoneAreTheEarliestAndLatestResolutionDaysOfDoneIssues() {
        // given done issues in any order, one done without a date, one not done
        List<DocumentIssue> issues = new ArrayList<>();
        issues.add(done("2026-09-21"));
        issues.add(done("2026-08-03"));
        issues.add(done("2026-10-02"));
        issues.add(issue(true, null));
        issues.add(issue(false, null));

        // when
        EpicOutputIndex output = EpicOutputIndex.of(issues);

        // then
        assertEquals(LocalDate.of(2026, 8, 3), output.firstDone());
        assertEquals(LocalDate.of(2026, 10, 2), output.lastDone());
        assertEquals(null, EpicOutputIndex.NONE.firstDone());
        assertEquals(null, EpicOutputIndex.NONE.lastDone());
    }

    @Test
    public void anEpicWithoutIssuesCountsNothing() {
        assertEquals(WeeklyCounts.of(0, 0), EpicOutputIndex.NONE.doneIn(WINDOW));
        assertEquals(0, EpicOutputIndex.of(List.of()).total());
    }

    private static DocumentIssue done(String day) {
        return issue(true, LocalDate.parse(day));
    }

    private static DocumentIssue issue(boolean done, LocalDate resolvedOn) {
        return new DocumentIssue(new SearchableIssue("OUT-9", "OUT", "Story", done ? "Done" : "Open",
                done ? "done" : "new", Set.of(), "OUT-1", null, resolvedOn != null, null, resolvedOn), "s", "Story",
                resolvedOn, List.of());
    }
}
