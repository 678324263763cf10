package com.outcomes.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.outcomes.domain.MetricKind;
import com.outcomes.error.NotFoundException;
import com.outcomes.port.AccessPolicy;
import com.outcomes.port.IssueRef;
import com.outcomes.port.WorkTracker;
import com.outcomes.service.MetricService;
import com.outcomes.service.MetricView;

/** Builds the Epic panel: the outcomes the epic is meant to move, each with its outcome metric's status. */
public final class EpicPanelViewFactory {

    private final WorkTracker work;
    private final MetricService metrics;
    private final AccessPolicy access;
    private final Clock clock;
    private final Formats formats;
    private final MetricCardFactory cards;

    public EpicPanelViewFactory(WorkTracker work, MetricService metrics, AccessPolicy access, I18n i18n, Clock clock) {
        this.work = work;
        this.metrics = metrics;
        this.access = access;
        this.clock = clock;
        this.formats = new Formats(i18n, clock.getZone());
        this.cards = new MetricCardFactory(formats);
    }

    /** @throws NotFoundException when the epic does not exist or the user may not browse it */
    public EpicPanelView forEpic(String epicKey, String user, String baseUrl) {
        if (!access.canView(user, epicKey)) {
            throw new NotFoundException("outcomes.error.issueNotFound", epicKey);
        }
        LocalDate today = LocalDate.now(clock);
        List<IssueRef> moved = work.outcomesMovedBy(List.of(epicKey)).getOrDefault(epicKey, List.of());
        // outcomes in projects the user cannot browse are not mentioned at all
        Set<String> visible = access.visible(user, moved.stream().map(IssueRef::key).toList());
        Map<String, List<MetricView>> metricsByOutcome = metrics.metricsOf(user, visible, today);
        List<EpicOutcomeLine> lines = new ArrayList<>();
        for (IssueRef outcome : moved) {
            if (!visible.contains(outcome.key())) {
                continue;
            }
            MetricView main = metricsByOutcome.getOrDefault(outcome.key(), List.of()).stream()
                    .filter(v -> v.metric().kind() == MetricKind.OUTCOME).findFirst().orElse(null);
            String url = baseUrl + "/browse/" + outcome.key();
            if (main == null) {
                lines.add(new EpicOutcomeLine(outcome.key(), outcome.summary(), url, null, null, null, null, null));
            } else {
                var e = main.evaluation();
                var d = main.metric().definition();
                lines.add(new EpicOutcomeLine(outcome.key(), outcome.summary(), url, formats.statement(d),
                        e.current() == null ? null : formats.number(e.current(), d.unit()),
                        e.status().name(), cards.statusLabel(e), cards.staleText(e)));
            }
        }
        return new EpicPanelView(epicKey, lines);
    }
}
