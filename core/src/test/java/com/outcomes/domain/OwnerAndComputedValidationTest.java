package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/** DESIGN §3b: the owner and a computed metric's JQL, checked with the host's answers, every problem at once. */
public class OwnerAndComputedValidationTest {

    private final List<String> parsedAs = new ArrayList<>();

    /** The host: alice and bob may browse the issue; JQL containing "bogus" is refused with the parser's words. */
    private final DefinitionChecks host = new DefinitionChecks() {
        @Override
        public boolean ownerMayBrowse(String owner) {
            return owner.equals("alice") || owner.equals("bob");
        }

        @Override
        public Optional<String> jqlProblem(String jql, String owner) {
            parsedAs.add(owner);
            return jql.contains("bogus") ? Optional.of("Field 'bogus' does not exist.") : Optional.empty();
        }
    };

    private static MetricDefinition kpi(String owner, ComputedBy computed) {
        return new MetricDefinition(MetricKind.KPI, "Open bugs", null, 40.0, 10.0, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), 7, null, null, null, null, owner, computed);
    }

    private List<FieldError> errorsOf(MetricDefinition candidate) {
        try {
            MetricValidator.validate(candidate, host);
        } catch (ValidationException e) {
            return e.errors();
        }
        fail("expected a ValidationException");
        return null;
    }

    @Test
    public void computedMetricOwnedByABrowsingUserIsAcceptedAndItsJqlParsedAsTheOwner() {
        // given
        MetricDefinition candidate = kpi(" bob ", new ComputedBy(" project = OUT AND type = Bug ", "project = OUT", 100));

        // when
        MetricDefinition valid = MetricValidator.validate(candidate, host);

        // then
        assertEquals("bob", valid.owner());
        assertEquals(new ComputedBy("project = OUT AND type = Bug", "project = OUT", 100), valid.computed());
        assertEquals(List.of("bob", "bob"), parsedAs);
    }

    @Test
    public void ownerWhoMayNotBrowseTheIssueIsRefusedNamingOwner() {
        List<FieldError> errors = errorsOf(kpi("mallory", null));

        assertEquals(List.of(new FieldError("owner", ErrorKeys.OWNER_CANNOT_BROWSE, "mallory")), errors);
    }

    @Test
    public void blankOwnerIsRefused() {
        assertEquals(List.of(new FieldError("owner", ErrorKeys.BLANK)), errorsOf(kpi("  ", null)));
    }

    @Test
    public void jqlTheParserRefusesIsA400OnComputedJqlWithTheParsersMessage() {
        List<FieldError> errors = errorsOf(kpi("alice", new ComputedBy("bogus = 1")));

        assertEquals(List.of(new FieldError("computed.jql", ErrorKeys.JQL_REFUSED, "Field 'bogus' does not exist.")),
                errors);
    }

    @Test
    public void perTheParserRefusesIsNamedComputedPer() {
        List<FieldError> errors = errorsOf(kpi("alice", new ComputedBy("project = OUT", "bogus is EMPTY", 1)));

        assertEquals(List.of(new FieldError("computed.per", ErrorKeys.JQL_REFUSED, "Field 'bogus' does not exist.")),
                errors);
    }

    @Test
    public void missingBlankAndOverlongJqlAreRefusedWithoutAskingTheParser() {
        assertEquals(List.of(new FieldError("computed.jql", ErrorKeys.REQUIRED)),
                errorsOf(kpi("alice", new ComputedBy(null, null, 1))));
        assertEquals(List.of(new FieldError("computed.jql", ErrorKeys.BLANK)),
                errorsOf(kpi("alice", new ComputedBy(" ", null, 1))));
        List<FieldError> tooLong = errorsOf(kpi("alice", new ComputedBy("key = A" + "x".repeat(MetricValidator.MAX_JQL - 6))));
        assertEquals("computed.jql", tooLong.get(0).field());
        assertEquals(ErrorKeys.TOO_LONG, tooLong.get(0).messageKey());
        assertEquals(List.of(), parsedAs);
    }

    @Test
    public void jqlOfExactly2000CharactersIsAccepted() {
        String jql = "key = A" + "x".repeat(MetricValidator.MAX_JQL - 7);

        assertEquals(jql, MetricValidator.validate(kpi("alice", new ComputedBy(jql)), host).computed().jql());
    }

    @Test
    public void scaleOfZeroOrInfinityIsRefusedNamingComputedScale() {
        assertEquals(List.of(new FieldError("computed.scale", ErrorKeys.SCALE_ZERO)),
                errorsOf(kpi("alice", new ComputedBy("project = OUT", null, 0))));
        assertEquals(List.of(new FieldError("computed.scale", ErrorKeys.NOT_FINITE)),
                errorsOf(kpi("alice", new ComputedBy("project = OUT", null, Double.POSITIVE_INFINITY))));
    }

    @Test
    public void everyProblemIsReportedAtOnceAndTheJqlOfAnInvalidOwnerIsNotParsed() {
        List<FieldError> errors = errorsOf(kpi("mallory", new ComputedBy("bogus = 1", null, 0)));

        assertEquals(List.of("owner", "computed.scale"), errors.stream().map(FieldError::field).toList());
        assertEquals(List.of(), parsedAs);
    }

    @Test
    public void withoutOwnerTheValidatorLeavesDefaultingToTheService() {
        assertNull(MetricValidator.validate(kpi(null, null), host).owner());
    }
}
