package com.outcomes.view;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.outcomes.domain.Metric;
import com.outcomes.service.DueMetric;

/** Words and formats the answer of {@code DueService.due} for the "My metrics" page of both hosts. */
public final class MyMetricsViewFactory {

    private final I18n i18n;
    private final Formats formats;

    public MyMetricsViewFactory(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.formats = new Formats(i18n, zone);
    }

    /**
     * @param due     the service's answer, soonest first (kept in that order)
     * @param baseUrl where issue pages live: Jira's context path, "" in the preview
     */
    public MyMetricsView view(List<DueMetric> due, LocalDate asOf, String baseUrl) {
        return new MyMetricsView(due.stream().map(d -> line(d, asOf, baseUrl)).toList());
    }

    private MyMetricLine line(DueMetric d, LocalDate asOf, String baseUrl) {
        Metric metric = d.view().metric();
        String key = metric.issueKey();
        String issueUrl = baseUrl + "/browse/" + key;
        String state = d.stale() ? "stale" : d.daysOverdue() > 0 ? "overdue" : "due";
        String dueText;
        if (d.dueDate() == null) {
            dueText = i18n.getText("outcomes.my.noDueDate");
        } else if (d.dueDate().equals(asOf)) {
            dueText = i18n.getText("outcomes.my.dueToday");
        } else if (d.daysOverdue() > 0) {
            dueText = i18n.getText("outcomes.my.overdue", formats.date(d.dueDate()), d.daysOverdue());
        } else {
            dueText = i18n.getText("outcomes.my.due", formats.date(d.dueDate()));
        }
        Integer days = d.view().evaluation().daysSinceMeasured();
        String staleText = !d.stale() ? null
                : days == null ? i18n.getText("outcomes.panel.stale.never")
                : i18n.getText("outcomes.panel.stale.days", days);
        return new MyMetricLine(new IssueLink(key, d.summary(), issueUrl), metric.id(), metric.definition().name(),
                state, dueText, staleText, metric.computed() ? i18n.getText("outcomes.my.computed") : null,
                // the record form's value field on the issue page
                issueUrl + "#oc-value-" + metric.id());
    }
}
