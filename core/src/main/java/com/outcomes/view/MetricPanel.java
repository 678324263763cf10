package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * One metric on an Outcome/Challenge panel: statement, current value, status, progress vs expected,
 * stale alert, history. Every String getter returns escaped text; null means "nothing to show".
 */
public final class MetricPanel {

    private final long id;
    private final String kindCode;
    private final String kindLabel;
    private final String name;
    private final String statement;
    private final String current;
    private final String measuredOn;
    private final String statusCode;
    private final String statusLabel;
    private final String progress;
    private final String expected;
    private final String progressCaption;
    private final String staleText;
    private final String forecastText;
    private final String correlationText;
    private final List<ReadingLine> readings;
    private final boolean canRecord;
    private final String today;

    /**
     * @param progress         progress as a fraction with 3 decimals for the bar ({@link Formats#fraction}), null for none
     * @param expected         expected progress by now as such a fraction, null for guardrails
     * @param today            ISO date: the latest date the record form accepts
     */
    public MetricPanel(long id, String kindCode, String kindLabel, String name, String statement, String current,
                       String measuredOn, String statusCode, String statusLabel, String progress, String expected,
                       String progressCaption, String staleText, String forecastText, String correlationText,
                       List<ReadingLine> readings, boolean canRecord, String today) {
        this.id = id;
        this.kindCode = escape(kindCode);
        this.kindLabel = escape(kindLabel);
        this.name = escape(name);
        this.statement = escape(statement);
        this.current = escape(current);
        this.measuredOn = escape(measuredOn);
        this.statusCode = escape(statusCode);
        this.statusLabel = escape(statusLabel);
        this.progress = escape(progress);
        this.expected = escape(expected);
        this.progressCaption = escape(progressCaption);
        this.staleText = escape(staleText);
        this.forecastText = escape(forecastText);
        this.correlationText = escape(correlationText);
        this.readings = List.copyOf(readings);
        this.canRecord = canRecord;
        this.today = escape(today);
    }

    public long getId() {
        return id;
    }

    public String getKindCode() {
        return kindCode;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getName() {
        return name;
    }

    public String getStatement() {
        return statement;
    }

    public String getCurrent() {
        return current;
    }

    public String getMeasuredOn() {
        return measuredOn;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getProgress() {
        return progress;
    }

    public String getExpected() {
        return expected;
    }

    public String getProgressCaption() {
        return progressCaption;
    }

    public String getStaleText() {
        return staleText;
    }

    public String getForecastText() {
        return forecastText;
    }

    public String getCorrelationText() {
        return correlationText;
    }

    public List<ReadingLine> getReadings() {
        return readings;
    }

    public boolean isHasReadings() {
        return !readings.isEmpty();
    }

    public boolean isCanRecord() {
        return canRecord;
    }

    public String getToday() {
        return today;
    }
}
