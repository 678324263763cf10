package com.outcomes.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.outcomes.domain.Correlation;
import com.outcomes.domain.ForecastShort;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.Reading;
import com.outcomes.service.MetricView;
import com.outcomes.service.NumberText;
import com.outcomes.service.ReadingView;

/** Turns a metric with its computed fields and history into the panel's ready-to-print {@link MetricCard}. */
final class MetricCardFactory {

    private final Formats formats;
    private final I18n i18n;

    MetricCardFactory(Formats formats) {
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    MetricCard card(MetricView view, List<ReadingView> history, boolean canRecord, LocalDate today) {
        MetricDefinition d = view.metric().definition();
        MetricEvaluation e = view.evaluation();
        List<ReadingLine> lines = new ArrayList<>();
        for (ReadingView r : history) {
            lines.add(0, line(r, d.unit())); // newest first: the table answers "what was recorded last?"
        }
        String progress = d.kind().hasTarget() ? Formats.fraction(e.progress()) : null;
        return new MetricCard(view.metric().id(), i18n.getText("outcomes.panel.kind." + d.kind().name()),
                d.name(), formats.statement(d),
                e.current() == null ? null : formats.number(e.current(), d.unit()),
                e.lastMeasuredAt() == null ? null : formats.date(e.lastMeasuredAt()),
                e.status().name(), statusLabel(e), progress,
                progress == null ? null : Formats.fraction(e.expected()),
                progress == null ? null : i18n.getText("outcomes.panel.progress", formats.percent(e.progress()),
                        formats.percent(e.expected())),
                staleText(e), forecastText(d, e), correlationText(e.correlation()), lines, canRecord, today.toString(),
                cadenceText(d, e), d.source() == null || d.source().isBlank() ? null
                        : i18n.getText("outcomes.panel.source", d.source()),
                d.unit() == null || d.unit().isBlank() ? i18n.getText("outcomes.panel.record.value")
                        : i18n.getText("outcomes.panel.record.valueIn", d.unit().trim()));
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

    /** "measured every 30 days · next due 12 Dec 2026": running blind is announced before it happens. */
    String cadenceText(MetricDefinition d, MetricEvaluation e) {
        return e.dueDate() == null
                ? i18n.getText("outcomes.panel.cadence", d.cadenceDays())
                : i18n.getText("outcomes.panel.cadence.due", d.cadenceDays(), formats.date(e.dueDate()));
    }

    /** One reading of status and forecast: "On track today · the trend falls short …" rather than two that contradict. */
    String forecastText(MetricDefinition d, MetricEvaluation e) {
        if (e.forecast() == null) {
            return null;
        }
        if (ForecastShort.applies(e)) {
            return i18n.getText("outcomes.panel.forecast.short", i18n.getText("outcomes.js.status." + e.status().name()),
                    formats.number(e.forecast().value(), d.unit()), formats.number(d.target(), d.unit()),
                    NumberText.rate(e.forecast().requiredPer30Days(), d.unit()),
                    NumberText.rate(e.forecast().ratePer30Days(), d.unit()));
        }
        return i18n.getText(e.forecast().reachesTarget() ? "outcomes.panel.forecast.reaches" : "outcomes.panel.forecast.misses",
                formats.number(e.forecast().value(), d.unit()));
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

    private ReadingLine line(ReadingView view, String unit) {
        Reading r = view.reading();
        return new ReadingLine(r.id(), formats.number(r.value(), unit), formats.date(r.measuredAt()), r.note(),
                r.recordedBy(), formats.moment(r.recordedAt()), view.superseded());
    }
}
