package com.outcomes.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class MetricValidatorTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    private static MetricDefinition outcome(String name, Double baseline, Double target, LocalDate start,
                                            LocalDate targetDate) {
        return new MetricDefinition(MetricKind.OUTCOME, name, "%", baseline, target, start, targetDate, 30,
                null, "Product analytics", null, null);
    }

    private static MetricDefinition guardrail(Double threshold, GuardrailComparator comparator) {
        return new MetricDefinition(MetricKind.GUARDRAIL, "CSAT", "%", null, null, null, null, 7, null,
                null, threshold, comparator);
    }

    private static List<FieldError> errorsOf(MetricDefinition candidate) {
        try {
            MetricValidator.validate(candidate);
        } catch (ValidationException e) {
            return e.errors();
        }
        fail("expected a ValidationException");
        return null;
    }

    private static void assertSingleError(MetricDefinition candidate, String field, String key) {
        List<FieldError> errors = errorsOf(candidate);
        assertEquals(errors.toString(), 1, errors.size());
        assertEquals(field, errors.get(0).field());
        assertEquals(key, errors.get(0).messageKey());
    }

    @Test
    public void validOutcomeIsReturnedUnchanged() {
        MetricDefinition valid = outcome("Setup completion", 45.0, 65.0, START, END);

        assertEquals(valid, MetricValidator.validate(valid));
    }

    @Test
    public void decreasingOutcomeIsValid() {
        MetricDefinition churn = outcome("Churn", 8.0, 4.0, START, END);

        assertEquals(churn, MetricValidator.validate(churn));
    }

    @Test
    public void namesAreTrimmedAndBlankUnitAndSourceBecomeNull() {
        MetricDefinition candidate = new MetricDefinition(MetricKind.KPI, "  Revenue  ", "  ", 1.0, 2.0, START,
                END, 30, null, " \t", null, null);

        MetricDefinition normalised = MetricValidator.validate(candidate);

        assertEquals("Revenue", normalised.name());
        assertNull(normalised.unit());
        assertNull(normalised.source());
    }

    @Test
    public void unitAndSourceAreTrimmed() {
        MetricDefinition candidate = new MetricDefinition(MetricKind.KPI, "Revenue", " EUR ", 1.0, 2.0, START,
                END, 30, null, " Finance ", null, null);

        MetricDefinition normalised = MetricValidator.validate(candidate);

        assertEquals("EUR", normalised.unit());
        assertEquals("Finance", normalised.source());
    }

    @Test
    public void missingKindIsRequired() {
        MetricDefinition candidate = new MetricDefinition(null, "X", null, 1.0, 2.0, START, END, 30, null, null,
                null, null);

        assertSingleError(candidate, "kind", ErrorKeys.REQUIRED);
    }

    @Test
    public void nullCandidateReportsKindRequired() {
        assertEquals("kind", errorsOf(null).get(0).field());
    }

    @Test
    public void nullNameIsRequired() {
        assertSingleError(outcome(null, 1.0, 2.0, START, END), "name", ErrorKeys.REQUIRED);
    }

    @Test
    public void blankNameIsRejected() {
        assertSingleError(outcome("   ", 1.0, 2.0, START, END), "name", ErrorKeys.BLANK);
    }

    @Test
    public void nameOf255CharactersIsAccepted() {
        MetricDefinition ok = outcome("n".repeat(255), 1.0, 2.0, START, END);

        assertEquals(255, MetricValidator.validate(ok).name().length());
    }

    @Test
    public void nameOf256CharactersIsTooLong() {
        List<FieldError> errors = errorsOf(outcome("n".repeat(256), 1.0, 2.0, START, END));

        assertEquals("name", errors.get(0).field());
        assertEquals(ErrorKeys.TOO_LONG, errors.get(0).messageKey());
        assertEquals(255, errors.get(0).args().get(0));
    }

    @Test
    public void unitLongerThan64IsTooLong() {
        MetricDefinition candidate = new MetricDefinition(MetricKind.OUTCOME, "X", "u".repeat(65), 1.0, 2.0,
                START, END, 30, null, null, null, null);

        assertSingleError(candidate, "unit", ErrorKeys.TOO_LONG);
    }

    @Test
    public void sourceLongerThan255IsTooLong() {
        MetricDefinition candidate = new MetricDefinition(MetricKind.OUTCOME, "X", null, 1.0, 2.0,
                START, END, 30, null, "s".repeat(256), null, null);

        assertSingleError(candidate, "source", ErrorKeys.TOO_LONG);
    }

    @Test
    public void cadenceBoundsOneAnd366AreAccepted() {
        for (int cadence : new int[] {1, 366}) {
            MetricDefinition candidate = new MetricDefinition(MetricKind.OUTCOME, "X", null, 1.0, 2.0, START,
                    END, cadence, null, null, null, null);
            assertEquals(cadence, MetricValidator.validate(candidate).cadenceDays());
        }
    }

    @Test
    public void cadenceZeroAnd367AreOutOfRange() {
        for (int cadence : new int[] {0, 367, -5}) {
            MetricDefinition candidate = new MetricDefinition(MetricKind.OUTCOME, "X", null, 1.0, 2.0, START,
                    END, cadence, null, null, null, null);
            List<FieldError> errors = errorsOf(candidate);
            assertEquals("cadenceDays", errors.get(0).field());
            assertEquals(ErrorKeys.RANGE, errors.get(0).messageKey());
        }
    }

    @Test
    public void baselineAndTargetAreRequiredForTargetedKinds() {
        for (MetricKind kind : new MetricKind[] {MetricKind.OUTCOME, MetricKind.LEADING, MetricKind.KPI}) {
            MetricDefinition candidate = new MetricDefinition(kind, "X", null, null, null, START, END, 30,
                    null, null, null, null);
            List<FieldError> errors = errorsOf(candidate);
            assertEquals(List.of("baseline", "target"), errors.stream().map(FieldError::field).toList());
        }
    }

    @Test
    public void nonFiniteBaselineAndTargetAreRejected() {
        List<FieldError> errors = errorsOf(outcome("X", Double.NaN, Double.POSITIVE_INFINITY, START, END));

        assertEquals(List.of("baseline:" + ErrorKeys.NOT_FINITE, "target:" + ErrorKeys.MAGNITUDE),
                errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList());
    }

    @Test
    public void baselineAndTargetBeyondOneQuadrillionAreRejectedAndTheBoundItselfIsAccepted() {
        // 1e39 passed "finite" and then failed inside Active Objects (doubles beyond ±3.4e38) with a 500
        List<FieldError> errors = errorsOf(outcome("X", -1.0000000000000002e15, 1e39, START, END));
        assertEquals(List.of("baseline:" + ErrorKeys.MAGNITUDE, "target:" + ErrorKeys.MAGNITUDE),
                errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList());

        MetricDefinition edge = outcome("X", -1e15, 1e15, START, END);
        assertEquals(edge, MetricValidator.validate(edge));
    }

    @Test
    public void nameLengthIsCountedInCharactersNotUtf16Units() {
        // 255 emoji are 510 UTF-16 units: still 255 characters
        String emoji = "\uD83D\uDE00";
        assertEquals(emoji.repeat(255), MetricValidator.validate(outcome(emoji.repeat(255), 1.0, 2.0, START, END)).name());

        assertSingleError(outcome(emoji.repeat(256), 1.0, 2.0, START, END), "name", ErrorKeys.TOO_LONG);
    }

    @Test
    public void nulAndUnpairedSurrogatesAreRejectedInEveryTextField() {
        // given NUL in the name, a lone high surrogate in the unit, a lone low surrogate in the source
        MetricDefinition candidate = new MetricDefinition(MetricKind.OUTCOME, "CS\u0000AT", "%\uD83D", 1.0, 2.0, START,
                END, 30, null, "Survey \uDE00", null, null);

        // then
        assertEquals(List.of("name:" + ErrorKeys.NUL, "unit:" + ErrorKeys.UNPAIRED_SURROGATE,
                        "source:" + ErrorKeys.UNPAIRED_SURROGATE),
                errorsOf(candidate).stream().map(e -> e.field() + ":" + e.messageKey()).toList());
    }

    @Test
    public void datesOutsideTheYears1970To9999AreRejectedOnTheirField() {
        List<FieldError> errors = errorsOf(outcome("X", 1.0, 2.0, LocalDate.of(1969, 12, 31), LocalDate.of(10000, 1, 1)));

        assertEquals(List.of("startDate:" + ErrorKeys.DATE_RANGE, "targetDate:" + ErrorKeys.DATE_RANGE),
                errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList());
        MetricDefinition edges = outcome("X", 1.0, 2.0, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 12, 31));
        assertEquals(edges, MetricValidator.validate(edges));
    }

    @Test
    public void targetEqualToBaselineIsRejectedOnTarget() {
        assertSingleError(outcome("X", 5.0, 5.0, START, END), "target", ErrorKeys.TARGET_EQUALS_BASELINE);
    }

    @Test
    public void datesAreRequiredForTargetedKinds() {
        List<FieldError> errors = errorsOf(outcome("X", 1.0, 2.0, null, null));

        assertEquals(List.of("startDate", "targetDate"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void zeroLengthDateSpanIsRejected() {
        assertSingleError(outcome("X", 1.0, 2.0, START, START), "targetDate",
                ErrorKeys.TARGET_DATE_NOT_AFTER_START);
    }

    @Test
    public void targetDateBeforeStartIsRejected() {
        assertSingleError(outcome("X", 1.0, 2.0, END, START), "targetDate",
                ErrorKeys.TARGET_DATE_NOT_AFTER_START);
    }

    @Test
    public void oneDaySpanIsAccepted() {
        MetricDefinition ok = outcome("X", 1.0, 2.0, START, START.plusDays(1));

        assertEquals(ok, MetricValidator.validate(ok));
    }

    @Test
    public void allErrorsAreCollectedAtOnce() {
        MetricDefinition bad = new MetricDefinition(MetricKind.OUTCOME, " ", null, 3.0, 3.0, END, START, 0,
                7L, null, null, null);

        List<String> fields = errorsOf(bad).stream().map(FieldError::field).toList();

        assertEquals(List.of("name", "cadenceDays", "parentMetricId", "target", "targetDate"), fields);
    }

    @Test
    public void parentMetricIdIsAllowedOnLeading() {
        MetricDefinition leading = new MetricDefinition(MetricKind.LEADING, "Inquiries", null, 100.0, 150.0,
                START, END, 7, 42L, null, null, null);

        assertEquals(Long.valueOf(42), MetricValidator.validate(leading).parentMetricId());
    }

    @Test
    public void parentMetricIdIsRejectedOnOtherKinds() {
        for (MetricKind kind : new MetricKind[] {MetricKind.OUTCOME, MetricKind.KPI}) {
            MetricDefinition candidate = new MetricDefinition(kind, "X", null, 1.0, 2.0, START, END, 30, 42L,
                    null, null, null);
            assertSingleError(candidate, "parentMetricId", ErrorKeys.NOT_ALLOWED_FOR_KIND);
        }
        MetricDefinition guardrail = new MetricDefinition(MetricKind.GUARDRAIL, "X", null, null, null, null,
                null, 7, 42L, null, 5.0, GuardrailComparator.AT_MOST);
        assertSingleError(guardrail, "parentMetricId", ErrorKeys.NOT_ALLOWED_FOR_KIND);
    }

    @Test
    public void guardrailNeedsNoBaselineTargetOrDates() {
        MetricDefinition ok = guardrail(90.0, GuardrailComparator.AT_LEAST);

        assertEquals(ok, MetricValidator.validate(ok));
    }

    @Test
    public void guardrailRequiresThresholdAndComparator() {
        List<FieldError> errors = errorsOf(guardrail(null, null));

        assertEquals(List.of("threshold", "comparator"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.stream().allMatch(e -> e.messageKey().equals(ErrorKeys.REQUIRED)));
    }

    @Test
    public void guardrailThresholdMustBeFinite() {
        assertSingleError(guardrail(Double.NaN, GuardrailComparator.AT_MOST), "threshold", ErrorKeys.NOT_FINITE);
        assertSingleError(guardrail(Double.NEGATIVE_INFINITY, GuardrailComparator.AT_MOST), "threshold",
                ErrorKeys.MAGNITUDE);
        assertSingleError(guardrail(-1e39, GuardrailComparator.AT_MOST), "threshold", ErrorKeys.MAGNITUDE);
    }

    @Test
    public void guardrailDatesWhenBothGivenMustBeOrdered() {
        MetricDefinition candidate = new MetricDefinition(MetricKind.GUARDRAIL, "X", null, null, null, END,
                START, 7, null, null, 5.0, GuardrailComparator.AT_MOST);

        assertSingleError(candidate, "targetDate", ErrorKeys.TARGET_DATE_NOT_AFTER_START);
    }

    @Test
    public void guardrailWithOnlyOneDateIsAccepted() {
        MetricDefinition candidate = new MetricDefinition(MetricKind.GUARDRAIL, "X", null, null, null, START,
                null, 7, null, null, 5.0, GuardrailComparator.AT_MOST);

        assertEquals(START, MetricValidator.validate(candidate).startDate());
    }

    @Test
    public void fieldsTheKindDoesNotUseAreDropped() {
        MetricDefinition guardrailWithBaseline = new MetricDefinition(MetricKind.GUARDRAIL, "X", null, 1.0, 2.0,
                null, null, 7, null, null, 5.0, GuardrailComparator.AT_MOST);
        MetricDefinition outcomeWithThreshold = new MetricDefinition(MetricKind.OUTCOME, "X", null, 1.0, 2.0,
                START, END, 7, null, null, 5.0, GuardrailComparator.AT_MOST);

        MetricDefinition g = MetricValidator.validate(guardrailWithBaseline);
        MetricDefinition o = MetricValidator.validate(outcomeWithThreshold);

        assertNull(g.baseline());
        assertNull(g.target());
        assertNull(o.threshold());
        assertNull(o.comparator());
    }

    @Test
    public void missingKindDoesNotHideATargetEqualToTheBaselineNorDatesInTheWrongOrder() {
        // given
        MetricDefinition candidate = new MetricDefinition(null, "X", null, 5.0, 5.0, END, START, 30, null, null, null, null);

        // when
        List<String> fields = errorsOf(candidate).stream().map(FieldError::field).toList();

        // then
        assertEquals(List.of("kind", "target", "targetDate"), fields);
    }
}
