package com.outcomes.jira;

/**
 * Names of the issue link types of DESIGN §4. Names are identifiers (looked up, never translated), so they
 * stay constants rather than i18n keys.
 */
final class LinkTypes {

    /** Epic (source, outward "moves") → outcome (destination, inward "is moved by"). */
    static final String OUTCOME = "Outcome";
    static final String OUTCOME_OUTWARD = "moves";
    static final String OUTCOME_INWARD = "is moved by";

    /** Outcome (source, outward "measures") → challenge (destination, inward "is measured by"). */
    static final String SUCCESS_MEASURE = "Success measure";
    static final String SUCCESS_MEASURE_OUTWARD = "measures";
    static final String SUCCESS_MEASURE_INWARD = "is measured by";

    private LinkTypes() {
    }
}
