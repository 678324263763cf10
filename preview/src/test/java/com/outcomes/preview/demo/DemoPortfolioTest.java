package com.outcomes.preview.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

import com.outcomes.domain.MetricKind;
import com.outcomes.domain.NewReading;
import com.outcomes.domain.OutputWindow;
import com.outcomes.port.EpicWork;
import com.outcomes.port.IssueRef;
import com.outcomes.port.Portfolio;
import com.outcomes.port.Sprint;
import com.outcomes.preview.work.IssueFieldNames;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentParser;
import com.outcomes.preview.work.IssuesDocumentWorkTracker;

public class DemoPortfolioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private final DemoPortfolio demo = new DemoPortfolio(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private final IssuesDocument document = new IssuesDocumentParser(IssueFieldNames.defaults()).parse(demo.issuesDocument());
    private final IssuesDocumentWorkTracker work = new IssuesDocumentWorkTracker(document);

    private DemoMetric metric(String name) {
        return demo.metrics().stream().filter(m -> m.definition().name().equals(name)).findFirst().orElseThrow();
    }

    private static LocalDate last(DemoMetric metric) {
        return metric.readings().get(metric.readings().size() - 1).measuredAt();
    }

    @Test
    public void sameDaySameDemo() {
        // given
        DemoPortfolio again = new DemoPortfolio(Clock.fixed(TODAY.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

        // then
        assertEquals(demo.issuesDocument(), again.issuesDocument());
        assertEquals(demo.metrics(), again.metrics());
    }

    @Test
    public void threeChallengesEachMeasuredByOutcomes() {
        // when
        Portfolio portfolio = work.portfolio(DemoPortfolio.PROJECT);

        // then
        assertEquals(List.of("Increase market share", "Improve customer satisfaction", "Keep customers coming back"),
                portfolio.challenges().stream().map(IssueRef::summary).toList());
        assertEquals(5, portfolio.outcomes().size());
        assertEquals(5, portfolio.challengeOfOutcome().size());
        assertEquals(2, work.portfolio(DemoPortfolio.SECOND_PROJECT).outcomes().size());
    }

    @Test
    public void atLeastTwelveEpicsMoveOutcomesWithHundredsOfIssuesDone() {
        // given
        List<String> outcomes = List.of(DemoPortfolio.MARKET_SHARE, DemoPortfolio.CSAT, DemoPortfolio.NPS,
                DemoPortfolio.CHURN, DemoPortfolio.RETENTION, DemoPortfolio.ORDER_VALUE);

        // when
        List<IssueRef> epics = work.epicsOf(outcomes).values().stream().flatMap(Collection::stream).toList();
        int done = work.epicWork(epics, OutputWindow.ending(TODAY, 12)).stream().mapToInt(EpicWork::done).sum();

        // then
        assertTrue(epics.size() >= 12);
        assertTrue("done issues: " + done, done >= 200);
        assertTrue(document.size() >= 300);
    }

    @Test
    public void csatEpicsShipAtLeastTenIssuesInTheLastTwelveWeeks() {
        // given
        OutputWindow twelveWeeks = OutputWindow.ending(TODAY, 12);

        // when
        long done = work.epicWork(work.epicsOf(List.of(DemoPortfolio.CSAT)).get(DemoPortfolio.CSAT), twelveWeeks)
                .stream().mapToInt(w -> w.doneByWeek().total()).sum();

        // then
        assertTrue("done in window: " + done, done >= 10);
    }

    @Test
    public void csatIsFlatOverTheLastTwelveWeeks() {
        // given
        DemoMetric csat = metric("Customer satisfaction (CSAT)");
        LocalDate windowStart = TODAY.minusWeeks(12);

        // when
        List<Double> recent = csat.readings().stream().filter(r -> !r.measuredAt().isAfter(TODAY))
                .filter(r -> r.measuredAt().isAfter(windowStart.minusDays(31))).map(NewReading::value).toList();
        double spread = recent.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - recent.stream().mapToDouble(Double::doubleValue).min().orElseThrow();

        // then: less than 5% of the 15-point way from 75 to 90
        assertTrue("spread " + spread, spread / 15 < 0.05);
    }

    @Test
    public void npsIsNotMeasuredForLongerThanItsCadence() {
        // given
        DemoMetric nps = metric("Net promoter score");

        // then
        assertTrue(ChronoUnit.DAYS.between(last(nps), TODAY) > nps.definition().cadenceDays());
    }

    @Test
    public void churnHasReachedItsTarget() {
        // given
        DemoMetric churn = metric("Monthly churn");

        // then: decreasing metric, current at or below the target
        assertTrue(churn.readings().get(churn.readings().size() - 1).value() <= churn.definition().target());
    }

    @Test
    public void everyMetricHasSixMonthsOrMoreOfReadingsNoneInTheFuture() {
        for (DemoMetric metric : demo.metrics()) {
            LocalDate first = metric.readings().get(0).measuredAt();
            assertTrue(metric.definition().name(), ChronoUnit.DAYS.between(first, TODAY) >= 180);
            assertTrue(metric.definition().name(), metric.readings().stream().noneMatch(r -> r.measuredAt().isAfter(TODAY)));
            assertTrue(metric.definition().name(), metric.readings().size() >= 3);
        }
    }

    @Test
    public void leadingIndicatorsNameAnOutcomeMetricOfTheSameIssue() {
        // given
        Map<String, DemoMetric> byName = demo.metrics().stream().collect(Collectors.toMap(m -> m.definition().name(), m -> m));

        // then
        for (DemoMetric metric : demo.metrics()) {
            if (metric.definition().kind() == MetricKind.LEADING) {
                DemoMetric parent = byName.get(metric.parentName());
                assertEquals(metric.definition().name(), MetricKind.OUTCOME, parent.definition().kind());
                assertEquals(metric.issueKey(), parent.issueKey());
                assertTrue("parent listed first", demo.metrics().indexOf(parent) < demo.metrics().indexOf(metric));
            }
        }
    }

    @Test
    public void demoKeepsItsOwnRuleOfAtMostThreeMetricsPerOutcome() {
        // given
        Map<String, Long> perIssue = demo.metrics().stream()
                .collect(Collectors.groupingBy(DemoMetric::issueKey, Collectors.counting()));

        // then every outcome stays within the lint's limit (a challenge's KPI and guardrail are not the outcome's)
        for (String outcome : List.of(DemoPortfolio.MARKET_SHARE, DemoPortfolio.CSAT, DemoPortfolio.NPS, DemoPortfolio.CHURN,
                DemoPortfolio.RETENTION, DemoPortfolio.ORDER_VALUE)) {
            assertTrue(outcome + " has " + perIssue.get(outcome), perIssue.getOrDefault(outcome, 0L) <= 3);
        }
    }

    @Test
    public void guardrailOnSupportTicketsStaysAtMostTwelve() {
        // given
        DemoMetric tickets = metric("Support tickets per 100 users");

        // then
        assertEquals(MetricKind.GUARDRAIL, tickets.definition().kind());
        assertEquals(12.0, tickets.definition().threshold(), 0);
        assertTrue(tickets.readings().get(tickets.readings().size() - 1).value() <= 12);
    }

    @Test
    public void closedSprintsOfTwoWeeksAndAnActiveOneContainingToday() {
        // when
        List<Sprint> sprints = List.copyOf(document.sprints());
        Set<String> states = sprints.stream().map(Sprint::state).collect(Collectors.toSet());
        Sprint active = sprints.stream().filter(s -> s.state().equals("active")).findFirst().orElseThrow();

        // then
        assertTrue(states.containsAll(Set.of("closed", "active")));
        assertFalse(active.startDate().isAfter(TODAY));
        assertFalse(active.endDate().isBefore(TODAY));
        assertEquals(13, ChronoUnit.DAYS.between(active.startDate(), active.endDate()));
        assertFalse(work.sprintIssues(active.id()).isEmpty());
    }

    @Test
    public void everyDemoIssueHasACreatedDayBeforeItsResolutionSoTheJqlSubsetCanCountRecentWork() {
        // then
        for (com.outcomes.preview.jql.SearchableIssue issue : document.searchableIssues()) {
            assertTrue(issue.key(), issue.created() != null && issue.created().isBefore(TODAY));
            if (issue.resolvedOn() != null) {
                assertTrue(issue.key(), issue.created().isBefore(issue.resolvedOn()));
            }
        }
        com.outcomes.preview.jql.JqlQuery recent = com.outcomes.preview.jql.JqlQuery.compile(
                "project = OUT AND issuetype = Story AND created >= -7d");
        long createdThisWeek = recent.count(document.searchableIssues(), TODAY, i -> true);
        long stories = com.outcomes.preview.jql.JqlQuery.compile("project = OUT AND issuetype = Story")
                .count(document.searchableIssues(), TODAY, i -> true);
        assertTrue(createdThisWeek + " of " + stories, createdThisWeek > 0 && createdThisWeek < stories);
    }
}
