package com.outcomes.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;

/**
 * Fills the metric form ({@link MetricForm}) for the panel's editors: empty with defaults to define a metric, or with a
 * metric's current definition to edit it. The parents offered are the issue's OUTCOME metrics (never the metric
 * itself); the server still checks the choice ({@code MetricService}).
 */
final class MetricFormFactory {

    /** A new metric is measured monthly unless its author says otherwise. */
    static final int DEFAULT_CADENCE_DAYS = 30;

    private final I18n i18n;

    MetricFormFactory(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * The empty form: an outcome metric starting today, measured every 30 days by hand, owned by whoever defines it
     * (the owner field starts empty); switched to computed, its scale starts at 1.
     */
    MetricForm define(List<Metric> issueMetrics, LocalDate today) {
        MetricKind kind = MetricKind.OUTCOME;
        return new MetricForm(null, kind.name(), kinds(kind), null, null, null, null, today.toString(), null,
                String.valueOf(DEFAULT_CADENCE_DAYS), null, null, comparators(null), parents(issueMetrics, null, null),
                null, i18n.getText("outcomes.metricForm.owner.hintDefine"), false, null, null, plain(1.0));
    }

    /**
     * The form holding the metric's definition as stored: its owner, and its JQL, {@code per} and scale when it is
     * computed (a metric measured by hand offers scale 1 should it be switched to computed).
     */
    MetricForm edit(Metric metric, List<Metric> issueMetrics) {
        MetricDefinition d = metric.definition();
        ComputedBy c = d.computed();
        return new MetricForm(metric.id(), d.kind().name(), kinds(d.kind()), d.name(), d.unit(), plain(d.baseline()),
                plain(d.target()), iso(d.startDate()), iso(d.targetDate()), String.valueOf(d.cadenceDays()),
                d.source(), plain(d.threshold()), comparators(d.comparator()),
                parents(issueMetrics, metric.id(), d.parentMetricId()), d.owner(),
                i18n.getText("outcomes.metricForm.owner.hintEdit"), c != null, c == null ? null : c.jql(),
                c == null ? null : c.per(), plain(c == null ? 1.0 : c.scale()));
    }

    private List<Choice> kinds(MetricKind selected) {
        List<Choice> choices = new ArrayList<>();
        for (MetricKind k : MetricKind.values()) {
            choices.add(new Choice(k.name(), i18n.getText("outcomes.panel.kind." + k.name()), k == selected));
        }
        return choices;
    }

    private List<Choice> comparators(GuardrailComparator selected) {
        List<Choice> choices = new ArrayList<>();
        for (GuardrailComparator c : GuardrailComparator.values()) {
            choices.add(new Choice(c.name(), i18n.getText("outcomes.metricForm.comparator." + c.name()), c == selected));
        }
        return choices;
    }

    private List<Choice> parents(List<Metric> issueMetrics, Long self, Long selected) {
        List<Choice> choices = new ArrayList<>();
        boolean found = false;
        for (Metric m : issueMetrics) {
            if (m.kind() == MetricKind.OUTCOME && (self == null || m.id() != self)) {
                boolean chosen = selected != null && selected == m.id();
                found |= chosen;
                choices.add(new Choice(String.valueOf(m.id()), m.definition().name(), chosen));
            }
        }
        if (selected != null && !found) {
            // a parent on another issue stays chosen: saving the form must not drop it unasked
            choices.add(new Choice(String.valueOf(selected), i18n.getText("outcomes.metricForm.parent.other", selected),
                    true));
        }
        return choices;
    }

    /** 81, 81.5, -0.25: the number as typed back into an input, never rounded or grouped. */
    static String plain(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
