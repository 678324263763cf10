package com.outcomes.view;

import static com.outcomes.view.Html.escape;

import java.util.List;

/**
 * One metric's card ({@code templates/metric-card.vm}), the same on the Outcome/Challenge panel and on the dashboard:
 * statement, current value, status, progress vs expected, stale alert, forecast, and on the panel its history and
 * record form; the dashboard prints its leading indicators and KPIs from the same model. Every String getter ends in
 * Html and returns escaped text; null means "nothing to show".
 */
public final class MetricCard {

    private final long id;
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
    private final String cadenceText;
    private final String sourceText;
    private final String valueLabel;
    private final boolean forecastShort;
    private final boolean onPanel;
    private final String chartData;
    private final MetricForm editForm;
    private final boolean chartFolded;
    private final MetricUpkeep upkeep;

    /**
     * @param progress         progress as a fraction with 3 decimals for the bar ({@link Formats#fraction}), null for none
     * @param expected         expected progress by now as such a fraction, null for guardrails
     * @param today            ISO date: the latest date the record form accepts
     * @param cadenceText      "measured every 30 days · next due 12 Dec 2026"
     * @param sourceText       "Source: monthly survey", or null when no source is given
     * @param valueLabel       the record form's value label with the unit, "Value (hours)"
     */
    public MetricCard(long id, String kindLabel, String name, String statement, String current,
                       String measuredOn, String statusCode, String statusLabel, String progress, String expected,
                       String progressCaption, String staleText, String forecastText, String correlationText,
                       List<ReadingLine> readings, boolean canRecord, String today, String cadenceText,
                       String sourceText, String valueLabel) {
        this(id, kindLabel, name, statement, current, measuredOn, statusCode, statusLabel, progress, expected,
                progressCaption, staleText, forecastText, correlationText, readings, canRecord, today, cadenceText,
                sourceText, valueLabel, false, true, null);
    }

    /**
     * @param forecastShort true when the forecast sentence is a warning: on track or at risk today, short at the target
     *                      date (the dashboard's FORECAST_SHORT signal, said on the card)
     * @param onPanel       true on the issue panel (kind, history, record form), false on the dashboard
     * @param chartData     JSON the browser draws charts from (kind, unit, plan), raw: escaped here; null for none
     */
    public MetricCard(long id, String kindLabel, String name, String statement, String current,
                       String measuredOn, String statusCode, String statusLabel, String progress, String expected,
                       String progressCaption, String staleText, String forecastText, String correlationText,
                       List<ReadingLine> readings, boolean canRecord, String today, String cadenceText,
                       String sourceText, String valueLabel, boolean forecastShort, boolean onPanel, String chartData) {
        this(id, kindLabel, name, statement, current, measuredOn, statusCode, statusLabel, progress, expected,
                progressCaption, staleText, forecastText, correlationText, readings, canRecord, today, cadenceText,
                sourceText, valueLabel, forecastShort, onPanel, chartData, null);
    }

    /**
     * @param editForm the "edit metric" form filled with the definition, for the panel's editors; null otherwise. The
     *                 panel's editors also correct readings and import a CSV on the card ({@link #isCanRecord}).
     */
    public MetricCard(long id, String kindLabel, String name, String statement, String current,
                       String measuredOn, String statusCode, String statusLabel, String progress, String expected,
                       String progressCaption, String staleText, String forecastText, String correlationText,
                       List<ReadingLine> readings, boolean canRecord, String today, String cadenceText,
                       String sourceText, String valueLabel, boolean forecastShort, boolean onPanel, String chartData,
                       MetricForm editForm) {
        this(id, kindLabel, name, statement, current, measuredOn, statusCode, statusLabel, progress, expected,
                progressCaption, staleText, forecastText, correlationText, readings, canRecord, today, cadenceText,
                sourceText, valueLabel, forecastShort, onPanel, chartData, editForm, null);
    }

    /** @param upkeep owner, JQL, last computation error and "Compute now" (DESIGN §3b) on the panel; null for none */
    public MetricCard(long id, String kindLabel, String name, String statement, String current,
                       String measuredOn, String statusCode, String statusLabel, String progress, String expected,
                       String progressCaption, String staleText, String forecastText, String correlationText,
                       List<ReadingLine> readings, boolean canRecord, String today, String cadenceText,
                       String sourceText, String valueLabel, boolean forecastShort, boolean onPanel, String chartData,
                       MetricForm editForm, MetricUpkeep upkeep) {
        this.editForm = editForm;
        this.upkeep = upkeep;
        this.id = id;
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
        this.cadenceText = escape(cadenceText);
        this.sourceText = escape(sourceText);
        this.valueLabel = escape(valueLabel);
        this.forecastShort = forecastShort;
        this.onPanel = onPanel;
        this.chartData = escape(chartData);
        this.chartFolded = false;
    }

    private MetricCard(MetricCard card, boolean chartFolded) {
        this.id = card.id;
        this.kindLabel = card.kindLabel;
        this.name = card.name;
        this.statement = card.statement;
        this.current = card.current;
        this.measuredOn = card.measuredOn;
        this.statusCode = card.statusCode;
        this.statusLabel = card.statusLabel;
        this.progress = card.progress;
        this.expected = card.expected;
        this.progressCaption = card.progressCaption;
        this.staleText = card.staleText;
        this.forecastText = card.forecastText;
        this.correlationText = card.correlationText;
        this.readings = card.readings;
        this.canRecord = card.canRecord;
        this.today = card.today;
        this.cadenceText = card.cadenceText;
        this.sourceText = card.sourceText;
        this.valueLabel = card.valueLabel;
        this.forecastShort = card.forecastShort;
        this.onPanel = card.onPanel;
        this.chartData = card.chartData;
        this.editForm = card.editForm;
        this.upkeep = card.upkeep;
        this.chartFolded = chartFolded;
    }

    /**
     * The same card with its chart folded into its history (a leading indicator in the panel's narrow column: the
     * outcome's own chart stays in view, the indicators' open on request).
     */
    public MetricCard withChartFolded() {
        return new MetricCard(this, true);
    }

    public long getId() {
        return id;
    }

    public String getKindLabelHtml() {
        return kindLabel;
    }

    public String getNameHtml() {
        return name;
    }

    public String getStatementHtml() {
        return statement;
    }

    public String getCurrentHtml() {
        return current;
    }

    public String getMeasuredOnHtml() {
        return measuredOn;
    }

    public String getStatusCodeHtml() {
        return statusCode;
    }

    /** The AUI lozenge classes of the status ({@link StatusLozenge}); the status code itself only ever selects them. */
    public String getStatusLozengeHtml() {
        return StatusLozenge.classes(statusCode);
    }

    public String getStatusLabelHtml() {
        return statusLabel;
    }

    public String getProgressHtml() {
        return progress;
    }

    public String getExpectedHtml() {
        return expected;
    }

    public String getProgressCaptionHtml() {
        return progressCaption;
    }

    public String getStaleTextHtml() {
        return staleText;
    }

    public String getForecastTextHtml() {
        return forecastText;
    }

    public String getCorrelationTextHtml() {
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

    public String getTodayHtml() {
        return today;
    }

    public String getCadenceTextHtml() {
        return cadenceText;
    }

    public String getSourceTextHtml() {
        return sourceText;
    }

    public String getValueLabelHtml() {
        return valueLabel;
    }

    public boolean isForecastShort() {
        return forecastShort;
    }

    public boolean isOnPanel() {
        return onPanel;
    }

    public String getChartDataHtml() {
        return chartData;
    }

    /** The filled "edit metric" form for an editor on the panel, or null. */
    public MetricForm getEditForm() {
        return editForm;
    }

    /** True when the chart sits inside the history's disclosure instead of above it. */
    public boolean isChartFolded() {
        return chartFolded;
    }

    /** Who keeps the metric current and how (owner, JQL, last computation error, "Compute now"), or null. */
    public MetricUpkeep getUpkeep() {
        return upkeep;
    }
}
