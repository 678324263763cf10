package com.outcomes.domain;

import java.util.List;

/**
 * One SMART-check finding on a success statement. {@code code} is stable for clients;
 * {@code messageKey}/{@code args} render the user-facing text from the i18n bundle; equal
 * arguments make equal findings.
 */
public record LintFinding(String code, Long metricId, String messageKey, List<Object> args) {

    public LintFinding {
        args = MessageArgs.frozen(args);
    }

    public LintFinding(String code, Long metricId, String messageKey, Object... args) {
        this(code, metricId, messageKey, MessageArgs.of(args));
    }
}
