package com.outcomes.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.outcomes.domain.Metric;
import com.outcomes.domain.ReminderKey;
import com.outcomes.i18n.Messages;

/**
 * The text of a reminder mail (DESIGN §3b): it names the metric and its outcome, says how long it has been, and links
 * to the issue, where a value is recorded. Every word is in the bundle.
 */
final class ReminderMail {

    record Text(String subject, String body) {
    }

    private final Messages messages;

    ReminderMail(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param lastMeasured the metric's latest effective measuredAt on or before asOf; null when never measured
     * @param summary      the outcome's summary; null when the host does not know it
     * @param problem      why the count failed (COMPUTE_FAILED only)
     */
    Text compose(ReminderKey key, Metric metric, LocalDate dueDate, LocalDate asOf, LocalDate lastMeasured,
                 String summary, String link, String problem) {
        String name = metric.definition().name();
        String kind = key.kind().name();
        String subject = messages.get("outcomes.reminder.subject." + kind, name, metric.issueKey());
        String outcome = summary == null || summary.isBlank()
                ? metric.issueKey()
                : messages.get("outcomes.reminder.outcome", metric.issueKey(), summary);
        String since = switch (key.kind()) {
            case DUE -> messages.get("outcomes.reminder.body.DUE", dueDate, ChronoUnit.DAYS.between(asOf, dueDate));
            case STALE -> lastMeasured == null
                    ? messages.get("outcomes.reminder.body.STALE.never", dueDate,
                            ChronoUnit.DAYS.between(dueDate, asOf))
                    : messages.get("outcomes.reminder.body.STALE", ChronoUnit.DAYS.between(lastMeasured, asOf),
                            lastMeasured, dueDate);
            case COMPUTE_FAILED -> messages.get("outcomes.reminder.body.COMPUTE_FAILED", problem);
        };
        String body = messages.get("outcomes.reminder.body", name, outcome, since, link);
        return new Text(subject, body);
    }
}
