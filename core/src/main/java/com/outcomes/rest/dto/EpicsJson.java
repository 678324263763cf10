package com.outcomes.rest.dto;

import java.util.List;

/** GET /outcomes/{key}/epics: linked epics with output and RICE, best score first. */
public record EpicsJson(String outcomeKey, List<Epic> epics) {

    /** {@code observed}: the outcome's progress change while the epic shipped (DESIGN §3b), or null. */
    public record Epic(String key, String summary, int done, int total, RiceJson rice, Double score,
                       ObservedJson observed) {
    }

    /** The window looked at and the OUTCOME metric's progress change over it (a fraction: 0.1 = 10 points). */
    public record ObservedJson(java.time.LocalDate from, java.time.LocalDate to, double progressChange) {
    }

    public record RiceJson(double reach, double impact, double confidence, double effort) {
    }
}
