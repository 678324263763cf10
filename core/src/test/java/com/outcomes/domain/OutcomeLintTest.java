package com.outcomes.domain;

import static com.outcomes.domain.DomainFixtures.JAN_1;
import static com.outcomes.domain.DomainFixtures.history;
import static com.outcomes.domain.DomainFixtures.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class OutcomeLintTest {

    private static final LocalDate AS_OF = JAN_1.plusDays(30);
    private static final String GOOD = "Increase setup completion within 48 hours from 45% to 65% this quarter";

    private static Metric metric(long id, MetricKind kind, Double baseline, Double target, LocalDate start,
                                 LocalDate targetDate, Long parent) {
        return new Metric(id, "OUT-1", new MetricDefinition(kind, "Metric " + id, "%", baseline, target, start,
                targetDate, 30, parent, null, null, null));
    }

    private static Metric goodOutcomeMetric(long id) {
        return metric(id, MetricKind.OUTCOME, 45.0, 65.0, JAN_1, JAN_1.plusDays(365), null);
    }

    private static LintSubject outcomeIssue(String summary, Metric... metrics) {
        return new LintSubject("OUT-1", summary, false, List.of(metrics), Map.of(), 0);
    }

    private static List<String> codes(LintSubject subject) {
        return OutcomeLint.lint(subject, AS_OF).stream().map(LintFinding::code).toList();
    }

    @Test
    public void wellFormedOutcomeHasNoFindings() {
        assertEquals(List.of(), codes(outcomeIssue(GOOD, goodOutcomeMetric(1))));
    }

    @Test
    public void launchStatementFromTheMethodReadsLikeOutput() {
        List<LintFinding> findings = OutcomeLint.lint(outcomeIssue("Launch new onboarding wizard",
                goodOutcomeMetric(1)), AS_OF);

        assertEquals(1, findings.size());
        LintFinding f = findings.get(0);
        assertEquals("READS_LIKE_OUTPUT", f.code());
        assertEquals("outcomes.lint.reads.like.output", f.messageKey());
        assertEquals(List.of("Launch new onboarding wizard"), f.args());
        assertNull(f.metricId());
    }

    @Test
    public void measurableChangeStatementDoesNotReadLikeOutput() {
        assertFalse(OutcomeLint.readsLikeOutput(GOOD));
        assertFalse(OutcomeLint.readsLikeOutput("Increase setup completion within 48 hours from 45% to 65%"));
        assertFalse(OutcomeLint.readsLikeOutput("Reduce churn from 8% to 4% by Q4"));
    }

    @Test
    public void everyOutputVerbAtTheStartFires() {
        for (String verb : List.of("Launch", "Ship", "Build", "Release", "Deliver", "Implement", "Add", "Create",
                "Migrate")) {
            assertTrue(verb, OutcomeLint.readsLikeOutput(verb + " the customer portal"));
        }
    }

    @Test
    public void inflectedFormsFire() {
        for (String verb : List.of("launches", "launched", "launching", "ships", "shipped", "shipping", "builds",
                "built", "building", "released", "releasing", "delivers", "delivered", "implementing", "adds",
                "added", "creates", "created", "creating", "migrated", "migrating")) {
            assertTrue(verb, OutcomeLint.readsLikeOutput(verb + " the customer portal"));
        }
    }

    @Test
    public void weWillAndToPrefixesAreSkipped() {
        assertTrue(OutcomeLint.readsLikeOutput("We will ship the mobile app"));
        assertTrue(OutcomeLint.readsLikeOutput("To migrate billing to the new platform"));
        assertTrue(OutcomeLint.readsLikeOutput("  we   will   BUILD a data lake"));
    }

    @Test
    public void startingVerbFiresEvenWithNumbers() {
        assertTrue(OutcomeLint.readsLikeOutput("Release 2.0 to 100% of users"));
    }

    @Test
    public void statementCentredOnAnOutputVerbFires() {
        assertTrue(OutcomeLint.readsLikeOutput("New onboarding wizard launched"));
        assertTrue(OutcomeLint.readsLikeOutput("The team delivers the reporting module"));
    }

    @Test
    public void outputVerbInsideAMeasurableChangeDoesNotFire() {
        assertFalse(OutcomeLint.readsLikeOutput("Increase repeat purchases by adding a loyalty programme"));
        assertFalse(OutcomeLint.readsLikeOutput("Customers who created a project return 20% more often"));
    }

    @Test
    public void verbsMatchOnWordBoundariesOnly() {
        assertFalse(OutcomeLint.readsLikeOutput("Address customer complaints sooner"));
        assertFalse(OutcomeLint.readsLikeOutput("Shipment delays hurt customer trust"));
        assertFalse(OutcomeLint.readsLikeOutput("Rebuilding trust with addicted gamers"));
    }

    @Test
    public void blankOrMissingStatementDoesNotFire() {
        assertFalse(OutcomeLint.readsLikeOutput(null));
        assertFalse(OutcomeLint.readsLikeOutput("   "));
    }

    @Test
    public void outcomeWithoutOutcomeMetricIsFlagged() {
        Metric leading = metric(2, MetricKind.LEADING, 1.0, 2.0, JAN_1, JAN_1.plusDays(365), 1L);

        List<LintFinding> findings = OutcomeLint.lint(outcomeIssue(GOOD, leading), AS_OF);

        assertEquals(List.of("NO_OUTCOME_METRIC"), findings.stream().map(LintFinding::code).toList());
        assertEquals(List.of("OUT-1"), findings.get(0).args());
    }

    @Test
    public void challengeNeedsNoOutcomeMetric() {
        LintSubject challenge = new LintSubject("CH-1", "Improve customer satisfaction", true, List.of(),
                Map.of(), 2);

        assertEquals(List.of(), codes(challenge));
    }

    @Test
    public void threeMetricsAreFineFourAreTooMany() {
        Metric m1 = goodOutcomeMetric(1);
        Metric m2 = metric(2, MetricKind.LEADING, 1.0, 2.0, JAN_1, JAN_1.plusDays(365), 1L);
        Metric m3 = metric(3, MetricKind.LEADING, 1.0, 2.0, JAN_1, JAN_1.plusDays(365), 1L);
        Metric m4 = metric(4, MetricKind.KPI, 1.0, 2.0, JAN_1, JAN_1.plusDays(365), null);

        assertEquals(List.of(), codes(outcomeIssue(GOOD, m1, m2, m3)));
        List<LintFinding> findings = OutcomeLint.lint(outcomeIssue(GOOD, m1, m2, m3, m4), AS_OF);
        assertEquals(List.of("TOO_MANY_METRICS"), findings.stream().map(LintFinding::code).toList());
        assertEquals(List.of(4, 3), findings.get(0).args());
    }

    @Test
    public void fiveOutcomesUnderAChallengeAreFineSixAreTooMany() {
        assertEquals(List.of(), codes(new LintSubject("CH-1", "Increase market share", true, List.of(), Map.of(),
                5)));
        assertEquals(List.of("TOO_MANY_OUTCOMES"), codes(new LintSubject("CH-1", "Increase market share", true,
                List.of(), Map.of(), 6)));
    }

    @Test
    public void missingBaselineTargetAndDateAreEachFlaggedForTheMetric() {
        Metric incomplete = metric(7, MetricKind.OUTCOME, null, null, null, null, null);

        List<LintFinding> findings = OutcomeLint.lint(outcomeIssue(GOOD, incomplete), AS_OF);

        assertEquals(List.of("MISSING_BASELINE", "MISSING_TARGET", "MISSING_DATE"),
                findings.stream().map(LintFinding::code).toList());
        assertTrue(findings.stream().allMatch(f -> Long.valueOf(7).equals(f.metricId())));
        assertEquals(List.of("Metric 7"), findings.get(0).args());
    }

    @Test
    public void targetDateInThePastIsFlagged() {
        Metric past = metric(1, MetricKind.OUTCOME, 45.0, 65.0, JAN_1.minusDays(100), AS_OF.minusDays(1), null);

        List<LintFinding> findings = OutcomeLint.lint(outcomeIssue(GOOD, past), AS_OF);

        assertEquals(List.of("TARGET_DATE_PAST"), findings.stream().map(LintFinding::code).toList());
        assertEquals(List.of("Metric 1", AS_OF.minusDays(1).toString()), findings.get(0).args());
    }

    @Test
    public void targetDateTodayIsNotPast() {
        Metric today = metric(1, MetricKind.OUTCOME, 45.0, 65.0, JAN_1, AS_OF, null);

        assertEquals(List.of(), codes(outcomeIssue(GOOD, today)));
    }

    @Test
    public void leadingIndicatorWithoutParentIsFlagged() {
        Metric orphan = metric(2, MetricKind.LEADING, 1.0, 2.0, JAN_1, JAN_1.plusDays(365), null);

        assertEquals(List.of("LEADING_WITHOUT_PARENT"), codes(outcomeIssue(GOOD, goodOutcomeMetric(1), orphan)));
    }

    @Test
    public void targetNotGroundedInHistoryIsFlaggedWithRates() {
        // best history +1 per 30 days; 19 to go in 30 days is 19 per 30 days
        Metric m = metric(1, MetricKind.OUTCOME, 45.0, 65.0, JAN_1, AS_OF.plusDays(30), null);
        Map<Long, ReadingHistory> histories = Map.of(1L, history(reading(1, 45, JAN_1), reading(2, 46, AS_OF)));
        LintSubject subject = new LintSubject("OUT-1", GOOD, false, List.of(m), histories, 0);

        List<LintFinding> findings = OutcomeLint.lint(subject, AS_OF);

        assertEquals(List.of("TARGET_NOT_GROUNDED"), findings.stream().map(LintFinding::code).toList());
        assertEquals("Metric 1", findings.get(0).args().get(0));
        assertEquals(19.0, (Double) findings.get(0).args().get(1), 1e-9);
        assertEquals(1.0, (Double) findings.get(0).args().get(2), 1e-9);
        assertEquals(" pts", findings.get(0).args().get(3));
    }

    @Test
    public void ratesCarryTheirUnitSoTheyNeverReadAsBareNumbers() {
        assertEquals(" pts", OutcomeLint.rateUnit("%"));
        assertEquals(" hours", OutcomeLint.rateUnit("hours "));
        assertEquals("", OutcomeLint.rateUnit(null));
    }

    @Test
    public void guardrailsAreNotCheckedForBaselineOrTarget() {
        Metric guard = new Metric(3, "OUT-1", DomainFixtures.guardrail(5, GuardrailComparator.AT_MOST));

        assertEquals(List.of(), codes(outcomeIssue(GOOD, goodOutcomeMetric(1), guard)));
    }

    @Test
    public void messageKeysFollowTheCode() {
        assertEquals("outcomes.lint.too.many.metrics", OutcomeLint.messageKey("TOO_MANY_METRICS"));
        assertEquals("outcomes.lint.no.outcome.metric", OutcomeLint.messageKey("NO_OUTCOME_METRIC"));
    }

    @Test
    public void incompleteDataNeverThrows() {
        Map<Long, ReadingHistory> histories = new HashMap<>();
        histories.put(9L, ReadingHistory.empty());
        Metric noDefinition = new Metric(8, "OUT-1", null);
        Metric bare = new Metric(9, "OUT-1", new MetricDefinition(null, null, null, null, null, null, null, 0,
                null, null, null, null));
        LintSubject subject = new LintSubject(null, null, false, Arrays.asList(noDefinition, bare, null),
                histories, -1);

        assertEquals(List.of("NO_OUTCOME_METRIC"), codes(subject));
        assertEquals(List.of(), OutcomeLint.lint(null, AS_OF));
        assertEquals(List.of("NO_OUTCOME_METRIC"), codes(new LintSubject("OUT-1", null, false, null, null, 0)));
    }
}
