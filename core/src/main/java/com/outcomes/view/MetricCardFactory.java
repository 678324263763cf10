package com.outcomes.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.outcomes.domain.ComputeError;
import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.Correlation;
import com.outcomes.domain.ForecastShort;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.Reading;
import com.outcomes.service.MetricView;
import com.outcomes.service.NumberText;
import com.outcomes.service.ReadingView;

/** Turns a metric with its computed fields (and on the panel its history) into a ready-to-print {@link MetricCard}. */
final class MetricCardFactory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Formats formats;
    private final I18n i18n;

    MetricCardFactory(Formats formats) {
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    /** The issue panel's card: with its history (newest first) and, for editors, the record form. */
    MetricCard card(MetricView view, List<ReadingView> history, boolean canRecord, LocalDate today) {
        return card(view, history, canRecord, today, null);
    }

    /** @param editForm the filled "edit metric" form for an editor, or null */
    MetricCard card(MetricView view, List<ReadingView> history, boolean canRecord, LocalDate today,
                    MetricForm editForm) {
        MetricDefinition d = view.metric().definition();
        List<ReadingLine> lines = new ArrayList<>();
        for (ReadingView r : history) {
            lines.add(0, line(r, d.unit())); // newest first: the table answers "what was recorded last?"
        }
        return card(view, lines, canRecord, today.toString(), true, true, editForm,
                upkeep(view, editForm != null));
    }

    /**
     * Owner and computation of a panel's metric (DESIGN §3b); null when it has neither. An editor who may change the
     * definition (an open outcome) may also compute it now.
     */
    MetricUpkeep upkeep(MetricView view, boolean editor) {
        Metric metric = view.metric();
        ComputedBy c = metric.definition().computed();
        ComputeError error = metric.lastComputeError();
        if (metric.owner() == null && c == null) {
            return null;
        }
        return new MetricUpkeep(metric.owner() == null ? null : i18n.getText("outcomes.panel.owner", metric.owner()),
                c == null ? null : c.jql(), c == null ? null : c.per(),
                c == null || c.scale() == 1 ? null
                        : i18n.getText("outcomes.panel.computed.scale", NumberText.of(c.scale(), null)),
                c == null || error == null ? null : i18n.getText("outcomes.panel.computeError", formats.moment(error.at())),
                c == null || error == null ? null : error.message(), editor && c != null);
    }

    /** The dashboard's card: the same sentences, without history or form (the outcome's page has those). */
    MetricCard dashboardCard(MetricView view) {
        return dashboardCard(view, false);
    }

    /** @param withKind the kind's label for rows that need it (a guardrail among indicators, a KPI); null otherwise */
    MetricCard dashboardCard(MetricView view, boolean withKind) {
        return card(view, List.of(), false, null, false, withKind, null, null);
    }

    private MetricCard card(MetricView view, List<ReadingLine> lines, boolean canRecord, String today, boolean onPanel,
                            boolean withKind, MetricForm editForm, MetricUpkeep upkeep) {
        MetricDefinition d = view.metric().definition();
        MetricEvaluation e = view.evaluation();
        String progress = d.kind().hasTarget() ? Formats.fraction(e.progress()) : null;
        return new MetricCard(view.metric().id(), withKind ? kindLabel(d) : null, d.name(), formats.statement(d),
                e.current() == null ? null : NumberText.of(e.current(), d.unit()),
                e.lastMeasuredAt() == null ? null : formats.date(e.lastMeasuredAt()),
                e.status().name(), statusLabel(e), progress,
                progress == null ? null : Formats.fraction(e.expected()),
                progress == null ? null : i18n.getText("outcomes.panel.progress", formats.percent(e.progress()),
                        formats.percent(e.expected())),
                staleText(e), forecastText(d, e), correlationText(e.correlation()), lines, canRecord, today,
                cadenceText(d, e), d.source() == null || d.source().isBlank() ? null
                        : i18n.getText("outcomes.panel.source", d.source()),
                d.unit() == null || d.unit().isBlank() ? i18n.getText("outcomes.panel.value")
                        : i18n.getText("outcomes.panel.record.valueIn", d.unit().trim()),
                e.forecast() != null && ForecastShort.applies(e), onPanel, chartData(view), editForm, upkeep);
    }

    private String kindLabel(MetricDefinition d) {
        return i18n.getText("outcomes.panel.kind." + d.kind().name());
    }

    String statusLabel(MetricEvaluation e) {
        return i18n.getText("outcomes.status." + e.status().name());
    }

    String staleText(MetricEvaluation e) {
        if (!e.stale()) {
            return null;
        }
        return e.daysSinceMeasured() == null
                ? i18n.getText("outcomes.panel.stale.never")
                : i18n.getText("outcomes.panel.stale.days", String.valueOf(e.daysSinceMeasured()));
    }

    /**
     * "measured every 30 days · next due 12 Dec 2026": running blind is announced before it happens; a computed metric's
     * "computed every 7 days from JQL · next on 27 Nov 2026".
     */
    String cadenceText(MetricDefinition d, MetricEvaluation e) {
        // a computed metric is not "due" for anyone: its due date is the day the job next counts it
        String key = d.computed() == null ? "outcomes.panel.cadence" : "outcomes.panel.cadence.computed";
        return e.dueDate() == null
                ? i18n.getText(key, d.cadenceDays())
                : i18n.getText(key + ".due", d.cadenceDays(), formats.date(e.dueDate()));
    }

    /** One reading of status and forecast: "On track today · the trend falls short …" rather than two that contradict. */
    String forecastText(MetricDefinition d, MetricEvaluation e) {
        if (e.forecast() == null) {
            return null;
        }
        if (ForecastShort.applies(e)) {
            return i18n.getText("outcomes.panel.forecast.short", i18n.getText("outcomes.panel.status." + e.status().name()),
                    NumberText.of(e.forecast().value(), d.unit()), NumberText.of(d.target(), d.unit()),
                    NumberText.rate(e.forecast().requiredPer30Days(), d.unit()),
                    NumberText.rate(e.forecast().ratePer30Days(), d.unit()));
        }
        return i18n.getText(e.forecast().reachesTarget() ? "outcomes.panel.forecast.reaches" : "outcomes.panel.forecast.misses",
                NumberText.of(e.forecast().value(), d.unit()));
    }

    private String correlationText(Correlation c) {
        if (c == null) {
            return null;
        }
        if (c.insufficientData() || c.r() == null) {
            return i18n.getText("outcomes.panel.correlation.insufficient");
        }
        // plain words instead of "r = 0.93 at a lag of 6 weeks": how far ahead, how strong, on how much data
        return i18n.getText("outcomes.panel.correlation",
                i18n.getText(c.r() < 0 ? "outcomes.panel.correlation.against" : "outcomes.panel.correlation.with", c.lagWeeks()),
                i18n.getText("outcomes.panel.correlation.strength." + c.strength().name()),
                i18n.getText("outcomes.panel.correlation.weeks", c.n()));
    }

    /**
     * What the browser needs to draw this metric's charts (plan line or threshold, axis unit), as JSON: the numbers and
     * sentences are on the card already, the readings are fetched when the chart scrolls into view.
     */
    private static String chartData(MetricView view) {
        return json(chartMap(view));
    }

    static Map<String, Object> chartMap(MetricView view) {
        MetricDefinition d = view.metric().definition();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", view.metric().id());
        data.put("name", d.name());
        data.put("kind", d.kind().name());
        data.put("unit", d.unit());
        data.put("baseline", d.baseline());
        data.put("target", d.target());
        data.put("threshold", d.threshold());
        data.put("startDate", d.startDate() == null ? null : d.startDate().toString());
        data.put("targetDate", d.targetDate() == null ? null : d.targetDate().toString());
        data.put("hasReadings", view.evaluation().current() != null);
        return data;
    }

    /** JSON for a data attribute: what the script reads to draw, never text it prints. */
    static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data", e);
        }
    }

    private ReadingLine line(ReadingView view, String unit) {
        Reading r = view.reading();
        // a computed reading says where it came from in the viewer's words, not the job's stored "computed"
        String note = ComputedBy.READING_SOURCE.equals(r.source())
                ? i18n.getText("outcomes.panel.history.computedNote", r.source()) : r.note();
        return new ReadingLine(r.id(), NumberText.of(r.value(), unit), formats.date(r.measuredAt()), note,
                r.recordedBy(), formats.moment(r.recordedAt()), view.superseded(), MetricFormFactory.plain(r.value()),
                r.measuredAt().toString());
    }
}
