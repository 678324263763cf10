package com.outcomes.domain;

/**
 * One SMART-check finding on a success statement. {@code code} is stable for clients;
 * {@code messageKey}/{@code args} render the user-facing text from the i18n bundle.
 */
public record LintFinding(String code, Long metricId, String messageKey, Object... args) {
}
