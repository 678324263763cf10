package com.outcomes.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.outcomes.domain.Closure;
import com.outcomes.domain.Metric;
import com.outcomes.domain.ReadingHistory;
import com.outcomes.domain.ReadingPoint;
import com.outcomes.domain.ReminderKey;
import com.outcomes.domain.ReminderKind;
import com.outcomes.domain.ReminderRule;
import com.outcomes.domain.Staleness;
import com.outcomes.i18n.Messages;
import com.outcomes.port.AutomationPorts;
import com.outcomes.port.ComputedReadingStore;
import com.outcomes.port.IssueRef;
import com.outcomes.port.MailFailedException;
import com.outcomes.port.MetricStore;
import com.outcomes.port.ReminderStore;
import com.outcomes.port.WorkTracker;

/**
 * "Compute and remind" (DESIGN §3b): records a reading for each computed metric that is due and sends each owner the
 * reminders their metrics call for. Safe on several nodes at once: a computed reading is stored with a unique
 * (metric, day) claim and a reminder is inserted under its unique key before it is sent, so the database — not a node's
 * memory — decides who does each. Metrics of closed outcomes and metrics without an owner are left alone.
 *
 * <p>Reads in a number of statements that does not grow with the metrics: all metrics, their closures, their series,
 * the day's compute claims and the reminders already claimed; the host is asked once per owner with reminders due
 * whether they may still browse those issues. Writes are one transaction per reading or reminder.
 * A failure for one metric is counted and logged; the run goes on with the next.
 */
public final class ComputeAndRemindJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(ComputeAndRemindJob.class);

    private final MetricStore metrics;
    private final EvaluationBatch evaluations;
    private final ComputedReadingStore computedReadings;
    private final ReminderStore reminders;
    private final Computation computation;
    private final AutomationPorts automation;
    private final WorkTracker work;
    private final Permissions permissions;
    private final Clock clock;
    private final ReminderMail mail = new ReminderMail(Messages.english());

    public ComputeAndRemindJob(MetricStore metrics, EvaluationBatch evaluations, ComputedReadingStore computedReadings,
                               ReminderStore reminders, AutomationPorts automation, WorkTracker work,
                               Permissions permissions, Clock clock) {
        this.permissions = permissions;
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.computedReadings = computedReadings;
        this.reminders = reminders;
        this.automation = automation;
        this.work = work;
        this.clock = clock;
        this.computation = new Computation(automation.counter(), computedReadings, metrics, clock);
    }

    /** One reminder this run would send, with what its mail needs. */
    private record Due(ReminderKey key, Metric metric, LocalDate dueDate, LocalDate lastMeasured, String problem) {
    }

    @Override
    public JobResult run(LocalDate asOf) {
        List<Metric> all = metrics.all();
        Map<String, Closure> closed = evaluations.closuresOf(all);
        List<Metric> open = all.stream()
                .filter(m -> m.owner() != null && !closed.containsKey(m.issueKey()))
                .toList();
        Map<Long, ReadingHistory> histories = evaluations.historiesOf(open);
        Set<Long> computedToday = computedReadings.computedOn(asOf,
                open.stream().filter(Metric::computed).map(Metric::id).toList());

        int computed = 0;
        int errors = 0;
        List<Due> due = new ArrayList<>();
        for (Metric metric : open) {
            try {
                ReadingHistory past = histories.getOrDefault(metric.id(), ReadingHistory.empty()).asOf(asOf);
                LocalDate dueDate = Staleness.dueDate(metric.definition(), past, metric.definedOn());
                LocalDate lastMeasured = past.current().map(ReadingPoint::measuredAt).orElse(null);
                if (metric.computed() && ReminderRule.computeDue(dueDate, asOf)) {
                    if (computedToday.contains(metric.id())) {
                        continue;
                    }
                    Computation.Outcome outcome = computation.compute(metric, asOf);
                    if (outcome instanceof Computation.Recorded || outcome instanceof Computation.AlreadyComputed) {
                        computed += outcome instanceof Computation.Recorded ? 1 : 0;
                        continue; // measured today: neither due nor stale any more
                    }
                    if (outcome instanceof Computation.Failed failed && failed.countFailed()) {
                        errors++;
                        due.add(new Due(ReminderKey.of(metric.id(), ReminderKind.COMPUTE_FAILED, dueDate, asOf),
                                metric, dueDate, lastMeasured, failed.message()));
                    }
                }
                Optional<ReminderKind> kind = ReminderRule.scheduled(metric.computed(), dueDate, asOf);
                if (kind.isPresent()) {
                    due.add(new Due(ReminderKey.of(metric.id(), kind.get(), dueDate, asOf), metric, dueDate,
                            lastMeasured, null));
                }
            } catch (RuntimeException e) {
                errors++;
                LOG.warn("compute and remind: metric {} failed, going on with the others", metric.id(), e);
            }
        }

        due = toOwnersWhoMayBrowse(due);
        Set<ReminderKey> claimed = due.isEmpty() ? Set.of() : reminders.claimed(due.stream().map(Due::key).toList());
        Map<String, String> summaries = new HashMap<>();
        int sent = 0;
        for (Due reminder : due) {
            if (claimed.contains(reminder.key())) {
                continue;
            }
            try {
                Optional<ReminderStore.Claimed> stored = reminders.claim(reminder.key(), reminder.metric().issueKey(),
                        reminder.metric().owner(), clock.instant());
                if (stored.isEmpty()) {
                    continue; // another node claimed it between our read and our insert
                }
                sent++;
                if (!deliver(stored.get(), reminder, asOf, summaries)) {
                    errors++;
                }
            } catch (RuntimeException e) {
                errors++;
                LOG.warn("compute and remind: reminder {} failed, going on with the others", reminder.key(), e);
            }
        }
        return new JobResult(computed, sent, errors);
    }

    /**
     * A mail names the outcome and its summary: an owner who may no longer browse the issue gets none (the reminder
     * waits until someone makes them able to again, or gives the metric another owner). One batch per owner.
     */
    private List<Due> toOwnersWhoMayBrowse(List<Due> due) {
        Map<String, List<Due>> byOwner = new LinkedHashMap<>();
        due.forEach(d -> byOwner.computeIfAbsent(d.metric().owner(), o -> new ArrayList<>()).add(d));
        List<Due> allowed = new ArrayList<>();
        byOwner.forEach((owner, theirs) -> {
            Set<String> visible = permissions.visibleKeys(owner,
                    theirs.stream().map(d -> d.metric().issueKey()).distinct().toList());
            theirs.stream().filter(d -> visible.contains(d.metric().issueKey())).forEach(allowed::add);
        });
        return allowed;
    }

    /** Sends the claimed reminder and stores how that went; false when it could not be delivered. */
    private boolean deliver(ReminderStore.Claimed stored, Due reminder, LocalDate asOf, Map<String, String> summaries) {
        Metric metric = reminder.metric();
        String summary = summaries.computeIfAbsent(metric.issueKey(), this::summaryOf);
        ReminderMail.Text text = mail.compose(reminder.key(), metric, reminder.dueDate(), asOf,
                reminder.lastMeasured(), summary, automation.links().issueUrl(metric.issueKey()), reminder.problem());
        try {
            automation.mailer().send(metric.owner(), text.subject(), text.body());
        } catch (MailFailedException e) {
            stored.settle(false, e.getMessage() == null ? "" : e.getMessage());
            return false;
        }
        stored.settle(true, null);
        return true;
    }

    /** The outcome's summary for the mail, or "" when the host cannot tell (the mail still names the key). */
    private String summaryOf(String issueKey) {
        try {
            return work.issue(issueKey).map(IssueRef::summary).orElse("");
        } catch (RuntimeException e) {
            LOG.debug("no summary for {}", issueKey, e);
            return "";
        }
    }
}
