package com.outcomes.domain;

/** The i18n keys of field errors (bundle {@code com/outcomes/i18n/outcomes.properties}). */
public final class ErrorKeys {

    public static final String REQUIRED = "outcomes.error.required";
    public static final String BLANK = "outcomes.error.blank";
    /** {0} = the maximum length. */
    public static final String TOO_LONG = "outcomes.error.tooLong";
    public static final String NOT_FINITE = "outcomes.error.notFinite";
    /** {0} = lowest allowed, {1} = highest allowed. */
    public static final String RANGE = "outcomes.error.range";
    /** {0} = lowest allowed. */
    public static final String AT_LEAST = "outcomes.error.atLeast";
    public static final String POSITIVE = "outcomes.error.positive";
    public static final String TARGET_EQUALS_BASELINE = "outcomes.error.targetEqualsBaseline";
    public static final String TARGET_DATE_NOT_AFTER_START = "outcomes.error.targetDateNotAfterStart";
    /** {0} = the latest allowed date. */
    public static final String FUTURE = "outcomes.error.future";
    public static final String BEFORE_1970 = "outcomes.error.before1970";
    public static final String IMPACT = "outcomes.error.impact";
    /** {0} = the metric kind. */
    public static final String NOT_ALLOWED_FOR_KIND = "outcomes.error.notAllowedForKind";
    public static final String NUL = "outcomes.error.nul";
    public static final String UNPAIRED_SURROGATE = "outcomes.error.unpairedSurrogate";
    /** {0} = lowest allowed, {1} = highest allowed (±1e15). */
    public static final String MAGNITUDE = "outcomes.error.magnitude";
    /** {0} = earliest allowed date, {1} = latest allowed date. */
    public static final String DATE_RANGE = "outcomes.error.dateRange";
    /** {0} = the highest score allowed. */
    public static final String RICE_SCORE_RANGE = "outcomes.error.riceScoreRange";

    /** {0} = the user named as owner. */
    public static final String OWNER_CANNOT_BROWSE = "outcomes.error.ownerCannotBrowse";
    /** {0} = the host's JQL parser's message. */
    public static final String JQL_REFUSED = "outcomes.error.jqlRefused";
    public static final String SCALE_ZERO = "outcomes.error.scaleZero";

    private ErrorKeys() {
    }
}
