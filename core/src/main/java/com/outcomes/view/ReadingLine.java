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

    public ReadingLine(long id, String value, String measuredAt, String note, String recordedBy, String recordedAt,
                       boolean superseded) {
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
}
