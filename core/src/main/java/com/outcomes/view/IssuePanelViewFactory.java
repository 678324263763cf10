package com.outcomes.view;

import com.outcomes.domain.Closure;
import com.outcomes.domain.OutcomeResult;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.outcomes.domain.IssueKeys;
import com.outcomes.domain.LintFinding;
import com.outcomes.domain.MetricKind;
import com.outcomes.port.IssueRef;
import com.outcomes.service.EpicRanking;
import com.outcomes.service.IssuePanel;

/**
 * Shapes the Outcome/Challenge panel's answer ({@link IssuePanel}, from {@code IssuePanelService}) into what the
 * template prints, in the viewer's language. Decides nothing about permissions: what the answer holds may be shown.
 */
public final class IssuePanelViewFactory {

    private final I18n i18n;
    private final MetricCardFactory cards;
    private final CheckInViews checkIns;
    private final CalibrationViewFactory calibration;

    /** @param zone the time zone readings' recording moments are shown in */
    private final Formats formats;

    public IssuePanelViewFactory(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.formats = new Formats(i18n, zone);
        this.cards = new MetricCardFactory(formats);
        this.checkIns = new CheckInViews(formats);
        this.calibration = new CalibrationViewFactory(i18n, zone);
    }

    /** @param baseUrl Jira's context path or "" in the preview: the panel script calls {@code baseUrl + /rest/outcomes/1.0} */
    public IssuePanelView view(IssuePanel panel, String baseUrl) {
        List<MetricCard> main = new ArrayList<>();
        List<MetricCard> indicators = new ArrayList<>();
        for (IssuePanel.TrackedMetric tracked : panel.metrics()) {
            // a closed outcome's metrics take no readings: no form to record one
            MetricCard card = cards.card(tracked.metric(), tracked.history(), panel.canEdit() && panel.closure() == null,
                    panel.asOf());
            if (tracked.metric().metric().kind() == MetricKind.LEADING) {
                indicators.add(card.withChartFolded()); // the column is narrow: the outcome's chart first
            } else {
                main.add(card);
            }
        }
        List<EpicLine> epics = new ArrayList<>();
        for (EpicRanking r : panel.epics()) {
            epics.add(new EpicLine(r.epic().key(), r.epic().summary(), url(baseUrl, r.epic()), r.done(), r.total(),
                    calibration.epicText(r)));
        }
        List<String> findings = new ArrayList<>();
        for (LintFinding f : panel.findings()) {
            findings.add(i18n.getText(f.messageKey(), f.args().toArray()));
        }
        IssueLink challenge = panel.challenge() == null ? null : link(panel.challenge(), baseUrl);
        List<IssueLink> outcomes = panel.outcomes().stream()
                .sorted(Comparator.comparing(IssueRef::key, IssueKeys.BY_NUMBER))
                .map(o -> link(o, baseUrl)).toList();
        boolean outcome = panel.isOutcome();
        return new IssuePanelView(panel.issue().key(), baseUrl, outcome, main, indicators, epics, findings,
                i18n.jsMessagesJson(), challenge, outcomes, outcome ? panel.issue().projectKey() : null,
                outcome ? checkIns.section(panel.checkins(), panel.canEdit(), panel.asOf()) : null,
                outcome ? lifecycle(panel, baseUrl) : null);
    }

    private LifecycleSection lifecycle(IssuePanel panel, String baseUrl) {
        LearnedItem closure = null;
        Closure c = panel.closure();
        if (c != null) {
            closure = new LearnedItem(link(panel.issue(), baseUrl), c.result().name(),
                    i18n.getText("outcomes.lifecycle.result." + c.result().name()), c.learning(),
                    i18n.getText("outcomes.lifecycle.learned.closedBy", formats.date(c.closedOn()), c.closedBy()),
                    c.finalScore() == null ? null : i18n.getText("outcomes.lifecycle.finalScore", formats.score(c.finalScore())));
        }
        List<String[]> results = new ArrayList<>();
        for (OutcomeResult r : OutcomeResult.values()) {
            results.add(new String[] {r.name(), i18n.getText("outcomes.lifecycle.result." + r.name())});
        }
        return new LifecycleSection(closure, panel.canEdit(), panel.issue().resolved(), panel.asOf().toString(), results);
    }

    private static IssueLink link(IssueRef issue, String baseUrl) {
        return new IssueLink(issue.key(), issue.summary(), url(baseUrl, issue));
    }

    private static String url(String baseUrl, IssueRef issue) {
        return baseUrl + "/browse/" + issue.key();
    }
}
