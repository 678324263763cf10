package com.outcomes.rest.dto;

import java.util.List;

/**
 * GET /rice/calibration (DESIGN §5): the done epics with RICE and an observed change, and Spearman's ρ between
 * {@code impact} and {@code progressChange} over them ({@code null} when {@code n} &lt; 5).
 */
public record CalibrationJson(int n, Double spearman, List<Epic> epics) {

    public record Epic(String outcomeKey, String epicKey, double impact, double riceScore, double progressChange) {
    }
}
