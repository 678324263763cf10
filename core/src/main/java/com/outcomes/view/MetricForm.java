package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * The "define a metric" / "edit metric" form ({@code templates/metric-form.vm}), filled in on the server: empty with
 * defaults to define one, the current definition to edit one. Each input is named after its JSON field (DESIGN §5),
 * so a new field is one block in the template and one value here. Getters ending in Html return escaped text; a
 * value never given is null (the input stays empty).
 */
public final class MetricForm {

    private final Long metricId;
    private final String idPrefix;
    private final String kind;
    private final List<Choice> kinds;
    private final String name;
    private final String unit;
    private final String baseline;
    private final String target;
    private final String startDate;
    private final String targetDate;
    private final String cadenceDays;
    private final String source;
    private final String threshold;
    private final List<Choice> comparators;
    private final List<Choice> parents;
    private final String owner;
    private final String ownerHint;
    private final boolean computed;
    private final String computedJql;
    private final String computedPer;
    private final String computedScale;

    /**
     * @param metricId  the metric edited, or null for the form that defines a new one
     * @param kind      the kind shown first (its code), which decides the fields shown before any script runs
     * @param parents   the outcome metrics a leading indicator may point at (values: metric ids), without "none"
     * @param owner     the current owner's user name; null on the define form (empty: the defining user)
     * @param ownerHint what the owner field does and what leaving it empty means, in the viewer's language
     * @param computed  whether the "computed from JQL" fields start switched on (the metric is computed)
     */
    public MetricForm(Long metricId, String kind, List<Choice> kinds, String name, String unit, String baseline,
                      String target, String startDate, String targetDate, String cadenceDays, String source,
                      String threshold, List<Choice> comparators, List<Choice> parents, String owner,
                      String ownerHint, boolean computed, String computedJql, String computedPer,
                      String computedScale) {
        this.metricId = metricId;
        this.idPrefix = metricId == null ? "oc-define" : "oc-edit-" + metricId;
        this.kind = kind;
        this.kinds = List.copyOf(kinds);
        this.name = escape(name);
        this.unit = escape(unit);
        this.baseline = escape(baseline);
        this.target = escape(target);
        this.startDate = escape(startDate);
        this.targetDate = escape(targetDate);
        this.cadenceDays = escape(cadenceDays);
        this.source = escape(source);
        this.threshold = escape(threshold);
        this.comparators = List.copyOf(comparators);
        this.parents = List.copyOf(parents);
        this.owner = escape(owner);
        this.ownerHint = escape(ownerHint);
        this.computed = computed;
        this.computedJql = escape(computedJql);
        this.computedPer = escape(computedPer);
        this.computedScale = escape(computedScale);
    }

    /** The metric edited, or null when the form defines a new one. */
    public Long getMetricId() {
        return metricId;
    }

    public boolean isEditing() {
        return metricId != null;
    }

    /** "oc-define" or "oc-edit-42": the prefix of the form's element ids, unique on the page. */
    public String getIdPrefixHtml() {
        return idPrefix;
    }

    /** Baseline, target and dates apply (OUTCOME, LEADING, KPI). */
    public boolean isTargetKind() {
        return !"GUARDRAIL".equals(kind);
    }

    public boolean isGuardrail() {
        return "GUARDRAIL".equals(kind);
    }

    public boolean isLeading() {
        return "LEADING".equals(kind);
    }

    public List<Choice> getKinds() {
        return kinds;
    }

    public String getNameHtml() {
        return name;
    }

    public String getUnitHtml() {
        return unit;
    }

    public String getBaselineHtml() {
        return baseline;
    }

    public String getTargetHtml() {
        return target;
    }

    public String getStartDateHtml() {
        return startDate;
    }

    public String getTargetDateHtml() {
        return targetDate;
    }

    public String getCadenceDaysHtml() {
        return cadenceDays;
    }

    public String getSourceHtml() {
        return source;
    }

    public String getThresholdHtml() {
        return threshold;
    }

    public List<Choice> getComparators() {
        return comparators;
    }

    public List<Choice> getParents() {
        return parents;
    }

    /** Is any outcome metric there to point at: otherwise the parent select says so instead of offering nothing. */
    public boolean isHasParents() {
        return !parents.isEmpty();
    }

    public String getOwnerHtml() {
        return owner;
    }

    public String getOwnerHintHtml() {
        return ownerHint;
    }

    /**
     * The metric is computed: the "computed from JQL" switch starts on and its fields show. Switched off on a metric
     * that was computed, the form sends {@code "computed": null} (measured by hand again, DESIGN §5 PUT).
     */
    public boolean isComputed() {
        return computed;
    }

    public String getComputedJqlHtml() {
        return computedJql;
    }

    public String getComputedPerHtml() {
        return computedPer;
    }

    public String getComputedScaleHtml() {
        return computedScale;
    }
}
