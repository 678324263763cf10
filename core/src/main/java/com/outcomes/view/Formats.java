package com.outcomes.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.service.NumberText;

/** How dates, scores and success statements read on the panels (raw text: view models escape it); numbers are {@link NumberText}. */
public final class Formats {

    private final I18n i18n;
    private final String[] months;
    private final DateTimeFormatter time;
    private final ZoneId zone;

    public Formats(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        // one date format per locale, from the bundle the browser reads too (outcomes.js.date.*): the server's
        // "27 Sep 2026" and the charts' ticks can never disagree the way the JDK's and the browser's locale data do
        this.months = i18n.getText("outcomes.js.date.months").split(" ");
        this.time = DateTimeFormatter.ofPattern("HH:mm", i18n.getLocale());
    }

    public I18n i18n() {
        return i18n;
    }

    /** The zone moments are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** An OKR score as the dashboard prints it: always two decimals, "0.70"; "–" for none. */
    public String score(Double value) {
        return value == null ? "\u2013" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String percent(Double fraction) {
        return fraction == null ? "\u2013" : Math.round(fraction * 100) + "%";
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "\u2013";
        }
        return i18n.getText("outcomes.js.date", String.valueOf(date.getDayOfMonth()), months[date.getMonthValue() - 1],
                String.valueOf(date.getYear()));
    }

    public String moment(Instant instant) {
        if (instant == null) {
            return "\u2013";
        }
        var at = instant.atZone(zone);
        return date(at.toLocalDate()) + " " + time.format(at);
    }

    /** "Customer satisfaction: 75% → 90% by 31 Dec 2026", or "Support tickets per 100 users stays ≤ 12". */
    public String statement(MetricDefinition d) {
        if (!d.kind().hasTarget()) {
            String key = d.comparator() == GuardrailComparator.AT_LEAST
                    ? "outcomes.panel.statement.atLeast" : "outcomes.panel.statement.atMost";
            return i18n.getText(key, d.name(), NumberText.of(d.threshold(), d.unit()));
        }
        return i18n.getText("outcomes.panel.statement", d.name(), NumberText.of(d.baseline(), d.unit()),
                NumberText.of(d.target(), d.unit()), date(d.targetDate()));
    }

    /** Three decimals for data attributes read by the browser (progress bars); null stays null. */
    public static String fraction(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
