package com.outcomes.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.MetricKind;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.IssueRef;
import com.outcomes.port.WorkTracker;

/** The Epic panel as one use case: which outcomes an epic moves, and where each stands. */
public final class EpicPanelService {

    private final WorkTracker work;
    private final MetricService metrics;
    private final Permissions permissions;
    private final Clock clock;

    public EpicPanelService(WorkTracker work, MetricService metrics, Permissions permissions, Clock clock) {
        this.work = work;
        this.metrics = metrics;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * Outcomes in projects the user cannot browse are not mentioned at all.
     *
     * @throws NotFoundException when the user may not browse the epic
     */
    public EpicPanel panel(String user, String epicKey) {
        permissions.requireView(user, epicKey);
        List<IssueRef> moved = permissions.visible(user,
                work.outcomesMovedBy(List.of(epicKey)).getOrDefault(epicKey, List.of()));
        Map<String, List<MetricView>> byOutcome = metrics.evaluatedByIssue(
                moved.stream().map(IssueRef::key).distinct().toList(), LocalDate.now(clock));
        List<EpicPanel.MovedOutcome> outcomes = moved.stream()
                .map(o -> new EpicPanel.MovedOutcome(o, headline(byOutcome.getOrDefault(o.key(), List.of()))))
                .toList();
        return new EpicPanel(epicKey, outcomes);
    }

    /** An outcome's headline is its first metric of kind OUTCOME; leading indicators and guardrails only support it. */
    private static MetricView headline(List<MetricView> metrics) {
        return metrics.stream().filter(v -> v.metric().kind() == MetricKind.OUTCOME).findFirst().orElse(null);
    }
}
