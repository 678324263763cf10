package com.outcomes.rest.dto;

import java.util.List;

/** GET /outcomes/{key}/epics: linked epics with output and RICE, best score first. */
public record EpicsJson(String outcomeKey, List<Epic> epics) {

    public record Epic(String key, String summary, int done, int total, RiceJson rice, Double score) {
    }

    public record RiceJson(double reach, double impact, double confidence, double effort) {
    }
}
