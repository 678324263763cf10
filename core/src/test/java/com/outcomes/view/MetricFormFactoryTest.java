package com.outcomes.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;

public class MetricFormFactoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final MetricFormFactory forms = new MetricFormFactory(I18n.english());

    private static final Metric CSAT = new Metric(1, "OUT-2", new MetricDefinition(MetricKind.OUTCOME,
            "Customer satisfaction", "%", 75.0, 90.5, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null,
            "survey", null, null));
    private static final Metric RESOLUTION = new Metric(2, "OUT-2", new MetricDefinition(MetricKind.LEADING,
            "First-contact resolution", "%", 60.0, 80.0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, 1L,
            null, null, null));
    private static final Metric TICKETS = new Metric(3, "OUT-2", new MetricDefinition(MetricKind.GUARDRAIL,
            "Support tickets", null, null, null, null, null, 7, null, null, 1.2e3, GuardrailComparator.AT_MOST));

    @Test
    public void theDefineFormStartsAsAnOutcomeMetricFromTodayMeasuredMonthly() {
        // when
        MetricForm form = forms.define(List.of(), TODAY);

        // then
        assertFalse(form.isEditing());
        assertNull(form.getMetricId());
        assertEquals("oc-define", form.getIdPrefixHtml());
        assertEquals(List.of("OUTCOME"), selected(form.getKinds()));
        assertEquals(List.of("Outcome", "Leading indicator", "Guardrail", "KPI"),
                form.getKinds().stream().map(Choice::getLabelHtml).toList());
        assertEquals("2026-11-20", form.getStartDateHtml());
        assertEquals("30", form.getCadenceDaysHtml());
        assertNull(form.getNameHtml());
        assertNull(form.getTargetDateHtml());
        assertTrue(form.isTargetKind());
        assertFalse(form.isGuardrail());
        assertFalse(form.isHasParents());
        assertEquals(List.of(), selected(form.getComparators()));
    }

    @Test
    public void theDefineFormOffersTheIssuesOutcomeMetricsAsParentsAndNothingElse() {
        // when
        MetricForm form = forms.define(List.of(CSAT, RESOLUTION, TICKETS), TODAY);

        // then
        assertEquals(1, form.getParents().size());
        assertEquals("1", form.getParents().get(0).getValueHtml());
        assertEquals("Customer satisfaction", form.getParents().get(0).getLabelHtml());
        assertFalse(form.getParents().get(0).isSelected());
    }

    @Test
    public void theEditFormHoldsTheDefinitionAsTypedNumbersAndIsoDates() {
        // when
        MetricForm form = forms.edit(CSAT, List.of(CSAT, RESOLUTION));

        // then
        assertTrue(form.isEditing());
        assertEquals(Long.valueOf(1), form.getMetricId());
        assertEquals("oc-edit-1", form.getIdPrefixHtml());
        assertEquals("Customer satisfaction", form.getNameHtml());
        assertEquals("%", form.getUnitHtml());
        assertEquals("75", form.getBaselineHtml());
        assertEquals("90.5", form.getTargetHtml());
        assertEquals("2026-01-01", form.getStartDateHtml());
        assertEquals("2026-12-31", form.getTargetDateHtml());
        assertEquals("30", form.getCadenceDaysHtml());
        assertEquals("survey", form.getSourceHtml());
        assertNull(form.getThresholdHtml());
        // a metric is never its own parent
        assertTrue(form.getParents().isEmpty());
    }

    @Test
    public void aLeadingIndicatorsEditFormSelectsItsParent() {
        // when
        MetricForm form = forms.edit(RESOLUTION, List.of(CSAT, RESOLUTION));

        // then
        assertTrue(form.isLeading());
        assertEquals(List.of("LEADING"), selected(form.getKinds()));
        assertEquals(List.of("1"), selected(form.getParents()));
    }

    @Test
    public void aParentOnAnotherIssueStaysChosenSoSavingKeepsIt() {
        // given a leading indicator whose parent (metric 1234) belongs to another issue
        Metric elsewhere = new Metric(5, "OUT-9", new MetricDefinition(MetricKind.LEADING, "Trial starts", null, 10.0,
                20.0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, 1234L, null, null, null));

        // when
        MetricForm form = forms.edit(elsewhere, List.of(elsewhere));

        // then
        assertEquals(List.of("1234"), selected(form.getParents()));
        assertEquals("Metric 1234 on another issue", form.getParents().get(0).getLabelHtml());
    }

    @Test
    public void aGuardrailsEditFormShowsThresholdAndComparatorInsteadOfThePlan() {
        // when
        MetricForm form = forms.edit(TICKETS, List.of(CSAT, TICKETS));

        // then
        assertTrue(form.isGuardrail());
        assertFalse(form.isTargetKind());
        assertEquals("1200", form.getThresholdHtml());
        assertEquals(List.of("AT_MOST"), selected(form.getComparators()));
        assertEquals(List.of("at most the threshold", "at least the threshold"),
                form.getComparators().stream().map(Choice::getLabelHtml).toList());
        assertNull(form.getBaselineHtml());
        assertNull(form.getStartDateHtml());
    }

    @Test
    public void textTypedByAuthorsIsEscapedForTheForm() {
        // given
        Metric hostile = new Metric(4, "OUT-2", new MetricDefinition(MetricKind.OUTCOME, "<b>\"NPS\"</b>", "pts'",
                1.0, 2.0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 30, null, "a & b", null, null));

        // when
        MetricForm form = forms.edit(hostile, List.of(hostile));

        // then
        assertEquals("&lt;b&gt;&#34;NPS&#34;&lt;/b&gt;", form.getNameHtml());
        assertEquals("pts&#39;", form.getUnitHtml());
        assertEquals("a &amp; b", form.getSourceHtml());
    }

    @Test
    public void theDefineFormLeavesTheOwnerEmptyForTheDefiningUserAndStartsMeasuredByHand() {
        // when
        MetricForm form = forms.define(List.of(), TODAY);

        // then the owner is whoever defines it, said under the empty field; computing is off, scale 1 when switched on
        assertNull(form.getOwnerHtml());
        assertTrue(form.getOwnerHintHtml().startsWith("Empty: you."));
        assertFalse(form.isComputed());
        assertNull(form.getComputedJqlHtml());
        assertNull(form.getComputedPerHtml());
        assertEquals("1", form.getComputedScaleHtml());
    }

    @Test
    public void theEditFormHoldsTheOwnerAndAComputedMetricsQueryPerAndScale() {
        // given a metric computed as a ratio, owned by bob
        Metric reopened = new Metric(6, "OUT-2", new MetricDefinition(MetricKind.KPI, "Reopened per resolved", "%",
                10.0, 5.0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, null, null, null, null, "bob",
                new ComputedBy("project = OUT AND status changed FROM Done", "project = OUT AND resolved >= -7d",
                        100)));

        // when
        MetricForm form = forms.edit(reopened, List.of(reopened));

        // then
        assertEquals("bob", form.getOwnerHtml());
        assertFalse(form.getOwnerHintHtml().contains("Empty"));
        assertTrue(form.isComputed());
        assertEquals("project = OUT AND status changed FROM Done", form.getComputedJqlHtml());
        assertEquals("project = OUT AND resolved &gt;= -7d", form.getComputedPerHtml());
        assertEquals("100", form.getComputedScaleHtml());
    }

    @Test
    public void aMetricMeasuredByHandIsEditedWithComputingOffAndScaleOneReady() {
        // given CSAT, owned by alice and typed in by hand
        Metric owned = new Metric(1, "OUT-2", CSAT.definition().withOwner("alice"));

        // when
        MetricForm form = forms.edit(owned, List.of(owned));

        // then
        assertEquals("alice", form.getOwnerHtml());
        assertFalse(form.isComputed());
        assertNull(form.getComputedJqlHtml());
        assertEquals("1", form.getComputedScaleHtml());
    }

    private static List<String> selected(List<Choice> choices) {
        return choices.stream().filter(Choice::isSelected).map(Choice::getValueHtml).toList();
    }
}
