package com.outcomes.view;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.port.IssueRef;
import com.outcomes.service.EpicPanel;
import com.outcomes.service.NumberText;

/** Shapes the Epic panel's answer ({@link EpicPanel}): each outcome the epic moves, with its headline metric's status. */
public final class EpicPanelViewFactory {

    private final Formats formats;
    private final MetricCardFactory cards;

    public EpicPanelViewFactory(I18n i18n, ZoneId zone) {
        this.formats = new Formats(i18n, zone);
        this.cards = new MetricCardFactory(formats);
    }

    public EpicPanelView view(EpicPanel panel, String baseUrl) {
        List<EpicOutcomeLine> lines = new ArrayList<>();
        for (EpicPanel.MovedOutcome moved : panel.outcomes()) {
            IssueRef outcome = moved.outcome();
            String url = baseUrl + "/browse/" + outcome.key();
            if (moved.headline() == null) {
                lines.add(new EpicOutcomeLine(outcome.key(), outcome.summary(), url, null, null, null, null, null));
            } else {
                MetricEvaluation e = moved.headline().evaluation();
                MetricDefinition d = moved.headline().metric().definition();
                lines.add(new EpicOutcomeLine(outcome.key(), outcome.summary(), url, formats.statement(d),
                        e.current() == null ? null : NumberText.of(e.current(), d.unit()),
                        e.status().name(), cards.statusLabel(e), cards.staleText(e)));
            }
        }
        return new EpicPanelView(panel.epicKey(), lines);
    }
}
