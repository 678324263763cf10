package com.outcomes.service;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;

import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.ReminderKey;
import com.outcomes.domain.ReminderKind;
import com.outcomes.i18n.Messages;

/** The words of a reminder mail (DESIGN §3b): metric, outcome, how long it has been, link. */
public class ReminderMailTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 1);
    private static final Metric NPS = new Metric(9, "OUT-4", new MetricDefinition(MetricKind.OUTCOME, "NPS", null,
            32.0, 50.0, DUE, DUE.plusDays(200), 14, null, null, null, null, "alice", null));
    private final ReminderMail mail = new ReminderMail(Messages.english());

    @Test
    public void aNeverMeasuredMetricSaysSoAndHowLongAgoItWasDue() {
        ReminderMail.Text text = mail.compose(new ReminderKey(9, ReminderKind.STALE, DUE), NPS, DUE,
                DUE.plusDays(12), null, "Customers recommend us", "https://jira.example.com/browse/OUT-4", null);

        assertEquals("NPS (OUT-4) is running blind", text.subject());
        assertEquals("Metric: NPS\nOutcome: OUT-4 Customers recommend us\n\n"
                + "Never measured \u2014 running blind. The first value was due on 2026-11-01, 12 days ago.\n\n"
                + "Record a value: https://jira.example.com/browse/OUT-4\n", text.body());
    }

    @Test
    public void withoutASummaryTheOutcomeIsNamedByItsKeyAndADueTodayMetricSaysToday() {
        ReminderMail.Text text = mail.compose(new ReminderKey(9, ReminderKind.DUE, DUE), NPS, DUE, DUE, DUE.minusDays(14),
                "", "https://jira.example.com/browse/OUT-4", null);

        assertEquals("NPS (OUT-4) is due for a new value", text.subject());
        assertEquals("Metric: NPS\nOutcome: OUT-4\n\nIt is due on 2026-11-01 (today).\n\n"
                + "Record a value: https://jira.example.com/browse/OUT-4\n", text.body());
    }
}
