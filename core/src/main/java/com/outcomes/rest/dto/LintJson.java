package com.outcomes.rest.dto;

import java.util.List;

/** GET /lint: SMART-check findings for an issue; advice only. */
public record LintJson(String issueKey, List<Finding> findings) {

    public record Finding(String code, Long metricId, String message) {
    }
}
