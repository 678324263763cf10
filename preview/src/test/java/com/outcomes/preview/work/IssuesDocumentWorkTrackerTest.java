package com.outcomes.preview.work;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.outcomes.domain.OutputWindow;
import com.outcomes.domain.WeeklyCounts;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.port.SprintIssue;

public class IssuesDocumentWorkTrackerTest {

    /** The week of Monday 28 September through Thursday 1 October 2026. */
    private static final OutputWindow WINDOW = OutputWindow.ending(LocalDate.of(2026, 10, 1), 1);

    /** A challenge, an outcome measuring it, two epics moving it and stories in them, in Jira's REST shape. */
    static final String DOCUMENT = """
            {"issues": [
              {"key": "OUT-1", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Challenge"},
                 "summary": "Increase market share", "status": {"name": "Open", "statusCategory": {"key": "new"}},
                 "issuelinks": [{"type": {"name": "Success measure"}, "inwardIssue": {"key": "OUT-2"}}]}},
              {"key": "OUT-2", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Outcome"},
                 "summary": "Market share 10% to 20%",
                 "issuelinks": [{"type": {"name": "Success measure"}, "outwardIssue": {"key": "OUT-1"}},
                                {"type": {"name": "Outcome"}, "inwardIssue": {"key": "OUT-3"}}]}},
              {"key": "OUT-3", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Epic"},
                 "summary": "Partner channel",
                 "issuelinks": [{"type": {"name": "Outcome"}, "outwardIssue": {"key": "OUT-2"}}]}},
              {"key": "OUT-4", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Epic"},
                 "summary": "Pricing page",
                 "issuelinks": [{"type": {"name": "Outcome"}, "outwardIssue": {"key": "OUT-2"}},
                                {"type": {"name": "Blocks"}, "outwardIssue": {"key": "OUT-3"}}]}},
              {"key": "OUT-5", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Story"},
                 "summary": "Partner sign-up", "status": {"name": "Done", "statusCategory": {"key": "done"}},
                 "resolutiondate": "2026-10-01T23:30:00.000+1000", "customfield_10014": "OUT-3",
                 "customfield_10020": [{"id": 7, "name": "Sprint 7", "state": "closed",
                    "startDate": "2026-09-21T08:00:00.000Z", "endDate": "2026-10-05"}]}},
              {"key": "OUT-6", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Story"},
                 "summary": "Partner dashboard", "status": {"name": "In Progress", "statusCategory": {"key": "indeterminate"}},
                 "parent": {"key": "OUT-3", "fields": {"issuetype": {"name": "Epic"}}},
                 "customfield_10020": [{"id": 7, "name": "Sprint 7", "state": "closed",
                    "startDate": "2026-09-21T08:00:00.000Z", "endDate": "2026-10-05"}]}},
              {"key": "OUT-7", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Task"},
                 "summary": "Price A/B test", "status": {"name": "Closed", "statusCategory": {"key": "done"}},
                 "resolutiondate": "2026-10-02T01:00:00.000-0500", "parent": {"key": "OUT-4"}}},
              {"key": "OUT-8", "fields": {"project": {"key": "OUT"}, "issuetype": {"name": "Sub-task"},
                 "summary": "Copy", "parent": {"key": "OUT-7", "fields": {"issuetype": {"name": "Task"}}}}},
              {"key": "MKT-1", "fields": {"project": {"key": "MKT"}, "issuetype": {"name": "Outcome"},
                 "summary": "Inquiries up 50%"}}
            ]}
            """;

    private final IssuesDocumentWorkTracker tracker = trackerOf(DOCUMENT);

    static IssuesDocumentWorkTracker trackerOf(String json) {
        try {
            return new IssuesDocumentWorkTracker(
                    new IssuesDocumentParser(IssueFieldNames.defaults()).parse(new ObjectMapper().readTree(json)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void issueCarriesKeySummaryProjectAndType() {
        // when
        IssueRef outcome = tracker.issue("OUT-2").orElseThrow();

        // then
        assertEquals(new IssueRef("OUT-2", "Market share 10% to 20%", "OUT", "Outcome"), outcome);
        assertFalse(tracker.issue("NOPE-1").isPresent());
    }

    @Test
    public void portfolioListsChallengesAndOutcomesOfOneProjectWithSuccessMeasureLinks() {
        // when
        Portfolio portfolio = tracker.portfolio("OUT");

        // then
        assertEquals(List.of("OUT-1"), portfolio.challenges().stream().map(IssueRef::key).toList());
        assertEquals(List.of("OUT-2"), portfolio.outcomes().stream().map(IssueRef::key).toList());
        assertEquals(Map.of("OUT-2", "OUT-1"), portfolio.challengeOfOutcome());
        assertEquals(List.of("MKT-1"), tracker.portfolio("MKT").outcomes().stream().map(IssueRef::key).toList());
    }

    @Test
    public void successMeasureLinkSeenFromEitherSideIsOneLink() {
        // then: OUT-1 says inward OUT-2, OUT-2 says outward OUT-1 — the same link, counted once
        assertEquals("OUT-1", tracker.challengeOf("OUT-2").orElseThrow().key());
        assertEquals(List.of("OUT-2"), tracker.outcomesOf("OUT-1").stream().map(IssueRef::key).toList());
        assertTrue(tracker.challengeOf("MKT-1").isEmpty());
    }

    @Test
    public void outcomeLinksGiveEpicsOfOutcomeAndOutcomesOfEpicIgnoringOtherLinkTypes() {
        // when
        Map<String, List<IssueRef>> epics = tracker.epicsOf(List.of("OUT-2", "MKT-1"));
        Map<String, List<IssueRef>> moved = tracker.outcomesMovedBy(List.of("OUT-3", "OUT-4", "OUT-5"));

        // then
        assertEquals(List.of("OUT-3", "OUT-4"), epics.get("OUT-2").stream().map(IssueRef::key).toList());
        assertFalse("no epics means no entry", epics.containsKey("MKT-1"));
        assertEquals(List.of("OUT-2"), moved.get("OUT-3").stream().map(IssueRef::key).toList());
        assertEquals(List.of("OUT-2"), moved.get("OUT-4").stream().map(IssueRef::key).toList());
        assertFalse(moved.containsKey("OUT-5"));
    }

    @Test
    public void epicWorkCountsIssuesByEpicLinkFieldAndByEpicParent() {
        // given
        IssueRef partnerChannel = tracker.issue("OUT-3").orElseThrow();
        IssueRef pricing = tracker.issue("OUT-4").orElseThrow();

        // when
        List<EpicWork> work = tracker.epicWork(List.of(pricing, partnerChannel), WINDOW);

        // then: OUT-5 (epic link field) and OUT-6 (parent marked Epic) in OUT-3; OUT-7 (parent found to be an epic) in OUT-4
        assertEquals(pricing, work.get(0).epic());
        assertEquals(1, work.get(0).total());
        assertEquals(1, work.get(0).done());
        assertEquals(2, work.get(1).total());
        assertEquals(1, work.get(1).done());
    }

    @Test
    public void doneDateIsTheCalendarDateInTheTimestampsOwnOffset() {
        // given
        IssueRef partnerChannel = tracker.issue("OUT-3").orElseThrow();
        IssueRef pricing = tracker.issue("OUT-4").orElseThrow();

        // when
        List<EpicWork> work = tracker.epicWork(List.of(partnerChannel, pricing), WINDOW);

        // then: 23:30 at +10:00 is still Thursday 1 October there, the window's last day; 01:00 at -05:00 is
        // Friday 2 October there, after it
        assertEquals(WeeklyCounts.of(1), work.get(0).doneByWeek());
        assertEquals(WeeklyCounts.of(0), work.get(1).doneByWeek());
    }

    @Test
    public void parentThatIsNotAnEpicGivesNoEpic() {
        // when
        List<EpicWork> work = tracker.epicWork(List.of(tracker.issue("OUT-7").orElseThrow()), WINDOW);

        // then: OUT-8's parent is a task
        assertEquals(0, work.get(0).total());
    }

    @Test
    public void sprintFieldGivesSprintWithDatesFromInstantsOrDates() {
        // when
        Sprint sprint = tracker.sprint(7).orElseThrow();

        // then
        assertEquals(new Sprint(7, "Sprint 7", "closed", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 5)), sprint);
        assertTrue(tracker.sprint(8).isEmpty());
    }

    @Test
    public void sprintIssuesCarryEpicDoneAndResolutionDay() {
        // when
        List<SprintIssue> issues = tracker.sprintIssues(7);

        // then
        assertEquals(List.of(
                new SprintIssue("OUT-5", "OUT-3", true, LocalDate.of(2026, 10, 1)),
                new SprintIssue("OUT-6", "OUT-3", false, null)), issues);
        assertEquals(List.of(), tracker.sprintIssues(99));
    }

    @Test
    public void customFieldNamesAreConfigurable() {
        // given
        String json = """
                {"issues": [
                  {"key": "A-1", "fields": {"project": {"key": "A"}, "issuetype": {"name": "Epic"}}},
                  {"key": "A-2", "fields": {"project": {"key": "A"}, "issuetype": {"name": "Story"},
                     "customfield_1": "A-1", "customfield_2": [{"id": "3", "name": "S3", "state": "ACTIVE"}]}}
                ]}""";

        // when
        IssuesDocumentWorkTracker custom;
        try {
            custom = new IssuesDocumentWorkTracker(new IssuesDocumentParser(new IssueFieldNames("customfield_1", "customfield_2"))
                    .parse(new ObjectMapper().readTree(json)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }

        // then
        assertEquals(1, custom.epicWork(List.of(custom.issue("A-1").orElseThrow()), WINDOW).get(0).total());
        assertEquals("active", custom.sprint(3).orElseThrow().state());
    }

    @Test
    public void linksToIssuesOutsideTheDocumentAreSkipped() {
        // given
        IssuesDocumentWorkTracker partial = trackerOf("""
                {"issues": [{"key": "A-1", "fields": {"project": {"key": "A"}, "issuetype": {"name": "Epic"},
                   "issuelinks": [{"type": {"name": "Outcome"}, "outwardIssue": {"key": "ELSEWHERE-1"}}]}}]}""");

        // then
        assertTrue(partial.outcomesMovedBy(List.of("A-1")).isEmpty());
    }
}
