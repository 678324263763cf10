package com.outcomes.view;

import static com.outcomes.view.HostileText.in;
import static com.outcomes.view.HostileText.shown;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.outcomes.domain.ComputedBy;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.Status;
import com.outcomes.service.DueMetric;
import com.outcomes.service.MetricView;

/** "My metrics": the factory words a hand-built answer; the template prints every text escaped exactly once. */
public class MyMetricsViewTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static DueMetric due(long id, String issueKey, String name, ComputedBy computed, LocalDate dueDate,
                                 boolean stale, Integer daysSinceMeasured) {
        MetricDefinition definition = new MetricDefinition(MetricKind.KPI, name, null, 1.0, 2.0,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, null, null, null, null, "alice", computed);
        MetricEvaluation evaluation = new MetricEvaluation(AS_OF, null, null, null, null, Status.NO_DATA, stale,
                daysSinceMeasured, null, null, null, dueDate);
        int overdue = dueDate != null && AS_OF.isAfter(dueDate) ? (int) (AS_OF.toEpochDay() - dueDate.toEpochDay()) : 0;
        return new DueMetric(new MetricView(new Metric(id, issueKey, definition), evaluation), "Faster onboarding",
                dueDate, overdue, stale);
    }

    @Test
    public void eachLineSaysWhenItIsDueWhetherItRunsBlindAndLinksToTheRecordForm() {
        // given a never-measured stale metric, one not measured for 35 days, one due today, one due in 5 days
        List<DueMetric> answer = List.of(
                due(1, "OUT-1", "Activation", null, LocalDate.of(2026, 11, 1), true, null),
                due(2, "OUT-1", "Bugs", new ComputedBy("type = Bug"), LocalDate.of(2026, 11, 13), true, 35),
                due(3, "OUT-2", "NPS", null, AS_OF, false, 7),
                due(4, "OUT-2", "CSAT", null, AS_OF.plusDays(5), false, 2));

        // when
        MyMetricsView view = new MyMetricsViewFactory(I18n.english(), ZoneOffset.UTC).view(answer, AS_OF, "/jira");

        // then
        List<MyMetricLine> lines = view.getLines();
        assertEquals(List.of("1", "2", "3", "4"), lines.stream().map(MyMetricLine::getMetricIdHtml).toList());
        assertEquals("Was due 1 Nov 2026, 22 days ago", lines.get(0).getDueTextHtml());
        assertEquals("Never measured \u2014 running blind", lines.get(0).getStaleTextHtml());
        assertEquals("stale", lines.get(0).getStateCodeHtml());
        assertEquals("Not measured for 35 days \u2014 running blind", lines.get(1).getStaleTextHtml());
        assertEquals("Computed from a JQL query", lines.get(1).getComputedTextHtml());
        assertEquals("Due today", lines.get(2).getDueTextHtml());
        assertNull(lines.get(2).getStaleTextHtml());
        assertNull(lines.get(2).getComputedTextHtml());
        assertEquals("Due 28 Nov 2026", lines.get(3).getDueTextHtml());
        assertEquals("due", lines.get(3).getStateCodeHtml());
        assertEquals("/jira/browse/OUT-2#oc-value-4", lines.get(3).getRecordUrlHtml());
        assertEquals("/jira/browse/OUT-2", lines.get(3).getOutcome().getUrlHtml());
        assertEquals("Faster onboarding", lines.get(3).getOutcome().getSummaryHtml());
    }

    @Test
    public void thePagePrintsHostileTextEscapedOnceWithARecordLinkPerMetric() {
        // given
        MyMetricLine line = new MyMetricLine(new IssueLink(in("key"), in("summary"), in("url")), 7, in("name"),
                in("state"), in("due"), in("stale"), in("computed"), in("record"));

        // when
        String html = HostileText.renderBothWays("templates/my-metrics.vm",
                Map.of("view", new MyMetricsView(List.of(line)), "i18n", HostileText.i18n()));

        // then
        for (String field : List.of("key", "summary", "url", "name", "state", "due", "stale", "computed", "record")) {
            assertThat(field, html, containsString(shown(field)));
        }
        assertThat(html, containsString("data-role=\"record\""));
    }

    @Test
    public void withNothingDueThePageSaysSo() {
        String html = new StrictVelocity().render("templates/my-metrics.vm",
                Map.of("view", new MyMetricsView(List.of()), "i18n", I18n.english()));

        assertThat(html, containsString("<div class=\"oc-empty\" data-role=\"nothing-due\">None of your metrics"));
    }
}
