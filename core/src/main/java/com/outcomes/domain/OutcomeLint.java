package com.outcomes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * SMART check of a success statement (DESIGN §3 "Outcome lint"). Findings are advice: they never
 * block saving, and linting never throws on incomplete data.
 */
public final class OutcomeLint {

    public static final String MISSING_BASELINE = "MISSING_BASELINE";
    public static final String MISSING_TARGET = "MISSING_TARGET";
    public static final String MISSING_DATE = "MISSING_DATE";
    public static final String TARGET_DATE_PAST = "TARGET_DATE_PAST";
    public static final String READS_LIKE_OUTPUT = "READS_LIKE_OUTPUT";
    public static final String TOO_MANY_METRICS = "TOO_MANY_METRICS";
    public static final String TOO_MANY_OUTCOMES = "TOO_MANY_OUTCOMES";
    public static final String LEADING_WITHOUT_PARENT = "LEADING_WITHOUT_PARENT";
    public static final String TARGET_NOT_GROUNDED = "TARGET_NOT_GROUNDED";
    public static final String NO_OUTCOME_METRIC = "NO_OUTCOME_METRIC";

    /** Every code, in the order findings are reported. */
    public static final List<String> CODES = List.of(READS_LIKE_OUTPUT, NO_OUTCOME_METRIC, TOO_MANY_METRICS,
            TOO_MANY_OUTCOMES, MISSING_BASELINE, MISSING_TARGET, MISSING_DATE, TARGET_DATE_PAST,
            LEADING_WITHOUT_PARENT, TARGET_NOT_GROUNDED);

    /** 1–3 metrics per objective. */
    public static final int MAX_METRICS = 3;
    /** No more than 5 outcomes under one challenge. */
    public static final int MAX_OUTCOMES = 5;

    private static final String OUTPUT_VERBS = "(?:launch(?:es|ed|ing)?|ship(?:s|ped|ping)?"
            + "|build(?:s|ing)?|built|release(?:s|d)?|releasing|deliver(?:s|ed|ing)?"
            + "|implement(?:s|ed|ing)?|add(?:s|ed|ing)?|create(?:s|d)?|creating|migrate(?:s|d)?|migrating)";

    /** The statement opens with an output verb, optionally after "We will" or "To". */
    private static final Pattern STARTS_WITH_OUTPUT = Pattern.compile(
            "^\\W*(?:(?:we\\s+will|to)\\s+)?" + OUTPUT_VERBS + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern HAS_OUTPUT_VERB = Pattern.compile("\\b" + OUTPUT_VERBS + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Words and marks of a measurable change in behaviour. A statement that mentions an output verb
     * but also one of these ("Increase repeat purchases by adding …") is about the change, not the
     * thing built.
     */
    private static final Pattern MEASURABLE_CHANGE = Pattern.compile(
            "\\d|%|\\b(?:increase[sd]?|increasing|decrease[sd]?|decreasing|reduce[sd]?|reducing"
                    + "|improve[sd]?|improving|grow(?:s|n|ing)?|grew|raise[sd]?|raising|lower(?:s|ed|ing)?"
                    + "|cut(?:s|ting)?|double[sd]?|halve[sd]?|boost(?:s|ed|ing)?|drop(?:s|ped|ping)?"
                    + "|more|fewer|less|faster|slower|higher|rate|from)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OutcomeLint() {
    }

    /** The i18n key of a finding code: {@code outcomes.lint.<code lower-case, '_' as '.'>}. */
    public static String messageKey(String code) {
        return "outcomes.lint." + code.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /**
     * True when the statement starts with an output verb (launch, ship, build, release, deliver,
     * implement, add, create, migrate, in any -s/-es/-ed/-ing form; optionally after "We will" or
     * "To"), or centres on one: it contains such a verb and no sign of a measurable change (a
     * number, a percentage, or a change word such as increase/reduce/improve/more/from).
     */
    public static boolean readsLikeOutput(String statement) {
        if (statement == null || statement.isBlank()) {
            return false;
        }
        if (STARTS_WITH_OUTPUT.matcher(statement).find()) {
            return true;
        }
        return HAS_OUTPUT_VERB.matcher(statement).find() && !MEASURABLE_CHANGE.matcher(statement).find();
    }

    /**
     * Findings in a stable order: statement findings first, then per metric in the given order.
     * Message args: READS_LIKE_OUTPUT {0}=summary; NO_OUTCOME_METRIC {0}=issue key;
     * TOO_MANY_METRICS / TOO_MANY_OUTCOMES {0}=count, {1}=maximum; MISSING_* and
     * LEADING_WITHOUT_PARENT {0}=metric name; TARGET_DATE_PAST {0}=metric name, {1}=target date
     * (ISO); TARGET_NOT_GROUNDED {0}=metric name, {1}=required rate per 30 days, {2}=best historical
     * rate per 30 days (both as Double), {3}=the rates' unit with its leading space (" pts" for a percentage, "" for
     * none), so a rate never reads as a bare number.
     */
    public static List<LintFinding> lint(LintSubject subject, LocalDate asOf) {
        List<LintFinding> findings = new ArrayList<>();
        if (subject == null) {
            return findings;
        }
        if (readsLikeOutput(subject.summary())) {
            findings.add(finding(READS_LIKE_OUTPUT, null, subject.summary().strip()));
        }
        List<Metric> metrics = subject.metrics().stream().filter(Objects::nonNull).toList();
        if (!subject.challenge() && metrics.stream().noneMatch(OutcomeLint::isOutcomeMetric)) {
            findings.add(finding(NO_OUTCOME_METRIC, null, subject.issueKey()));
        }
        if (!subject.challenge() && metrics.size() > MAX_METRICS) {
            findings.add(finding(TOO_MANY_METRICS, null, metrics.size(), MAX_METRICS));
        }
        if (subject.challenge() && subject.outcomeCount() > MAX_OUTCOMES) {
            findings.add(finding(TOO_MANY_OUTCOMES, null, subject.outcomeCount(), MAX_OUTCOMES));
        }
        for (Metric metric : metrics) {
            if (metric.definition() != null) {
                lintMetric(metric, subject, asOf, findings);
            }
        }
        return findings;
    }

    private static void lintMetric(Metric metric, LintSubject subject, LocalDate asOf, List<LintFinding> findings) {
        MetricDefinition d = metric.definition();
        String name = d.name() == null ? "" : d.name();
        if (d.kind() == null || d.kind() == MetricKind.GUARDRAIL) {
            return;
        }
        if (d.baseline() == null) {
            findings.add(finding(MISSING_BASELINE, metric.id(), name));
        }
        if (d.target() == null) {
            findings.add(finding(MISSING_TARGET, metric.id(), name));
        }
        if (d.targetDate() == null || d.startDate() == null) {
            findings.add(finding(MISSING_DATE, metric.id(), name));
        }
        if (d.targetDate() != null && d.targetDate().isBefore(asOf)) {
            findings.add(finding(TARGET_DATE_PAST, metric.id(), name, d.targetDate().toString()));
        }
        if (d.kind() == MetricKind.LEADING && d.parentMetricId() == null) {
            findings.add(finding(LEADING_WITHOUT_PARENT, metric.id(), name));
        }
        ReadingHistory history = subject.histories().getOrDefault(metric.id(), ReadingHistory.empty());
        if (history != null && RateCheck.notGroundedInHistory(d, history, asOf)) {
            ReadingHistory past = history.asOf(asOf);
            findings.add(finding(TARGET_NOT_GROUNDED, metric.id(), name,
                    RateCheck.requiredRatePer30Days(d, past, asOf),
                    RateCheck.bestHistoricalRatePer30Days(d, past), rateUnit(d.unit())));
        }
    }

    /** A percentage moves in points, not per cent of itself; other units as given; no unit, nothing. */
    static String rateUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return "%".equals(unit.trim()) ? " pts" : " " + unit.trim();
    }

    private static boolean isOutcomeMetric(Metric m) {
        return m.definition() != null && m.definition().kind() == MetricKind.OUTCOME;
    }

    private static LintFinding finding(String code, Long metricId, Object... args) {
        return new LintFinding(code, metricId, messageKey(code), args);
    }
}
