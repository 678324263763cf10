package com.outcomes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place a metric definition is checked (DESIGN §3). Collects every field error before
 * throwing, so a form can show them all at once; field names are the JSON names of DESIGN §5.
 */
public final class MetricValidator {

    public static final int MAX_NAME = 255;
    public static final int MAX_UNIT = 64;
    public static final int MAX_SOURCE = 255;
    public static final int MIN_CADENCE_DAYS = 1;
    public static final int MAX_CADENCE_DAYS = 366;
    /** A Jira user name is at most 255 characters. */
    public static final int MAX_OWNER = 255;
    public static final int MAX_JQL = 2000;

    private MetricValidator() {
    }

    /**
     * @return a normalised copy: name, unit and source trimmed, blank unit/source as null, and the
     *     fields the kind does not use dropped (threshold/comparator for OUTCOME, LEADING and KPI;
     *     baseline/target for GUARDRAIL) so that switching a metric's kind leaves no stale values
     * @throws ValidationException with every problem found
     */
    public static MetricDefinition validate(MetricDefinition candidate) {
        return validate(candidate, DefinitionChecks.NONE);
    }

    /**
     * As {@link #validate(MetricDefinition)}, with the host's answers for the owner and a computed metric's JQL
     * (DESIGN §3b): the owner must be able to browse the metric's issue ({@code owner}); {@code computed.jql} and
     * {@code computed.per} non-blank, at most {@value #MAX_JQL} characters and accepted by the host's parser for the
     * owner (its message is the error's); {@code computed.scale} finite and not 0. A null owner is left to the caller,
     * which defaults it to the defining user before it stores anything.
     */
    public static MetricDefinition validate(MetricDefinition candidate, DefinitionChecks checks) {
        if (candidate == null) {
            throw new ValidationException(new FieldError("kind", ErrorKeys.REQUIRED));
        }
        List<FieldError> errors = new ArrayList<>();
        MetricKind kind = candidate.kind();
        if (kind == null) {
            errors.add(new FieldError("kind", ErrorKeys.REQUIRED));
        }
        String name = Texts.trimToNull(candidate.name());
        if (candidate.name() == null) {
            errors.add(new FieldError("name", ErrorKeys.REQUIRED));
        } else if (name == null) {
            errors.add(new FieldError("name", ErrorKeys.BLANK));
        } else {
            Texts.check(errors, "name", name, MAX_NAME);
        }
        String unit = Texts.trimToNull(candidate.unit());
        Texts.check(errors, "unit", unit, MAX_UNIT);
        String source = Texts.trimToNull(candidate.source());
        Texts.check(errors, "source", source, MAX_SOURCE);
        if (candidate.cadenceDays() < MIN_CADENCE_DAYS || candidate.cadenceDays() > MAX_CADENCE_DAYS) {
            errors.add(new FieldError("cadenceDays", ErrorKeys.RANGE, MIN_CADENCE_DAYS, MAX_CADENCE_DAYS));
        }
        if (candidate.parentMetricId() != null && kind != null && kind != MetricKind.LEADING) {
            errors.add(new FieldError("parentMetricId", ErrorKeys.NOT_ALLOWED_FOR_KIND, kind.name()));
        }

        String owner = Texts.trimToNull(candidate.owner());
        boolean ownerOk = owner == null;
        if (candidate.owner() != null && owner == null) {
            errors.add(new FieldError("owner", ErrorKeys.BLANK));
        } else if (owner != null && Texts.problem("owner", owner, MAX_OWNER).map(errors::add).isEmpty()) {
            ownerOk = checks.ownerMayBrowse(owner);
            if (!ownerOk) {
                errors.add(new FieldError("owner", ErrorKeys.OWNER_CANNOT_BROWSE, owner));
            }
        }
        ComputedBy computed = candidate.computed() == null ? null
                : computed(errors, candidate.computed(), ownerOk ? owner : null, checks);

        Double baseline = candidate.baseline();
        Double target = candidate.target();
        Double threshold = candidate.threshold();
        GuardrailComparator comparator = candidate.comparator();
        if (kind == MetricKind.GUARDRAIL) {
            Numbers.check(errors, "threshold", threshold);
            if (comparator == null) {
                errors.add(new FieldError("comparator", ErrorKeys.REQUIRED));
            }
            checkDateOrder(errors, candidate.startDate(), candidate.targetDate());
            baseline = null;
            target = null;
        } else if (kind != null) {
            boolean baselineOk = Numbers.check(errors, "baseline", baseline);
            boolean targetOk = Numbers.check(errors, "target", target);
            if (baselineOk && targetOk && baseline.doubleValue() == target.doubleValue()) {
                errors.add(new FieldError("target", ErrorKeys.TARGET_EQUALS_BASELINE));
            }
            if (candidate.startDate() == null) {
                errors.add(new FieldError("startDate", ErrorKeys.REQUIRED));
            }
            if (candidate.targetDate() == null) {
                errors.add(new FieldError("targetDate", ErrorKeys.REQUIRED));
            }
            checkDateOrder(errors, candidate.startDate(), candidate.targetDate());
            threshold = null;
            comparator = null;
        } else {
            // no kind: the kind-specific rules cannot apply, but what was given is still checked, so fixing the kind
            // is not followed by a second round of errors
            boolean baselineOk = baseline == null || Numbers.check(errors, "baseline", baseline);
            boolean targetOk = target == null || Numbers.check(errors, "target", target);
            if (threshold != null) {
                Numbers.check(errors, "threshold", threshold);
            }
            if (baselineOk && targetOk && baseline != null && target != null
                    && baseline.doubleValue() == target.doubleValue()) {
                errors.add(new FieldError("target", ErrorKeys.TARGET_EQUALS_BASELINE));
            }
            checkDateOrder(errors, candidate.startDate(), candidate.targetDate());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MetricDefinition(kind, name, unit, baseline, target, candidate.startDate(),
                candidate.targetDate(), candidate.cadenceDays(), candidate.parentMetricId(), source,
                threshold, comparator, owner, computed);
    }

    /** @param owner the checked owner as whom the JQL is parsed; null when there is none (yet) or it is invalid */
    private static ComputedBy computed(List<FieldError> errors, ComputedBy candidate, String owner,
            DefinitionChecks checks) {
        String jql = jql(errors, "computed.jql", candidate.jql(), true, owner, checks);
        String per = jql(errors, "computed.per", candidate.per(), false, owner, checks);
        double scale = candidate.scale();
        if (!Double.isFinite(scale)) {
            errors.add(new FieldError("computed.scale", ErrorKeys.NOT_FINITE));
        } else if (scale == 0) {
            errors.add(new FieldError("computed.scale", ErrorKeys.SCALE_ZERO));
        } else if (!Numbers.inRange(scale)) {
            errors.add(new FieldError("computed.scale", ErrorKeys.MAGNITUDE, -Numbers.MAX_MAGNITUDE,
                    Numbers.MAX_MAGNITUDE));
        }
        return new ComputedBy(jql, per, scale);
    }

    private static String jql(List<FieldError> errors, String field, String given, boolean required, String owner,
            DefinitionChecks checks) {
        String jql = Texts.trimToNull(given);
        if (jql == null) {
            if (given != null) {
                errors.add(new FieldError(field, ErrorKeys.BLANK));
            } else if (required) {
                errors.add(new FieldError(field, ErrorKeys.REQUIRED));
            }
            return null;
        }
        Optional<FieldError> tooLong = Texts.problem(field, jql, MAX_JQL);
        if (tooLong.isPresent()) {
            errors.add(tooLong.get());
        } else if (owner != null) {
            checks.jqlProblem(jql, owner)
                    .ifPresent(problem -> errors.add(new FieldError(field, ErrorKeys.JQL_REFUSED, problem)));
        }
        return jql;
    }

    private static void checkDateOrder(List<FieldError> errors, LocalDate startDate, LocalDate targetDate) {
        boolean startOk = Dates.check(errors, "startDate", startDate);
        boolean targetOk = Dates.check(errors, "targetDate", targetDate);
        if (startOk && targetOk && startDate != null && targetDate != null && !targetDate.isAfter(startDate)) {
            errors.add(new FieldError("targetDate", ErrorKeys.TARGET_DATE_NOT_AFTER_START));
        }
    }
}
