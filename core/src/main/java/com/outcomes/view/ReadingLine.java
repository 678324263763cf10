package com.outcomes.view;

import static com.outcomes.view.Html.escape;

/**
 * One row of a metric's history table; superseded readings stay, struck through. String getters end in Html:
 * escaped text.
 */
public final class ReadingLine {

    private final long id;
    private final String value;
    private final String measuredAt;
    private final String note;
    private final String recordedBy;
    private final String recordedAt;
    private final boolean superseded;
    private final String inputValue;
    private final String measuredAtIso;

    public ReadingLine(long id, String value, String measuredAt, String note, String recordedBy, String recordedAt,
                       boolean superseded) {
        this(id, value, measuredAt, note, recordedBy, recordedAt, superseded, null, null);
    }

    /**
     * @param inputValue    the value as a correction form starts from ("81.5": plain, no unit), or null
     * @param measuredAtIso the measuring day as a date input holds it ("2026-11-01"), or null
     */
    public ReadingLine(long id, String value, String measuredAt, String note, String recordedBy, String recordedAt,
                       boolean superseded, String inputValue, String measuredAtIso) {
        this.inputValue = escape(inputValue);
        this.measuredAtIso = escape(measuredAtIso);
        this.id = id;
        this.value = escape(value);
        this.measuredAt = escape(measuredAt);
        this.note = escape(note);
        this.recordedBy = escape(recordedBy);
        this.recordedAt = escape(recordedAt);
        this.superseded = superseded;
    }

    public long getId() {
        return id;
    }

    public String getValueHtml() {
        return value;
    }

    public String getMeasuredAtHtml() {
        return measuredAt;
    }

    public String getNoteHtml() {
        return note;
    }

    public String getRecordedByHtml() {
        return recordedBy;
    }

    public String getRecordedAtHtml() {
        return recordedAt;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    /** The value as the "Correct" form starts from: plain, without unit or rounding. */
    public String getInputValueHtml() {
        return inputValue;
    }

    /** The measuring day as ISO date, for the "Correct" form's date input. */
    public String getMeasuredAtIsoHtml() {
        return measuredAtIso;
    }
}
